// `npm run dev`: the server in watch mode on :3000 and the Vite dev server (with hot reload) proxying to it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureDependencies, root } from './setup.mjs';

ensureDependencies();
// Node runs the tools' entry files directly (no npx in between) so that Ctrl-C reaches them.
const children = [
  spawn(process.execPath, [path.join(root, 'server/node_modules/tsx/dist/cli.mjs'), 'watch', 'src/main.ts'], {
    cwd: path.join(root, 'server'),
    stdio: 'inherit',
    env: { DATA_DIR: path.join(root, 'data'), ...process.env },
  }),
  spawn(process.execPath, [path.join(root, 'client/node_modules/vite/bin/vite.js')], { cwd: path.join(root, 'client'), stdio: 'inherit' }),
];
const stop = (signal) => children.forEach((c) => c.kill(signal));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));
for (const child of children) child.on('exit', () => stop('SIGTERM'));
