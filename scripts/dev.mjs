// `npm run dev`: the server in watch mode on :3000 and the Vite dev server (with hot reload) proxying to it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureDependencies, root } from './setup.mjs';

ensureDependencies();
const children = [
  spawn('npx', ['tsx', 'watch', 'src/main.ts'], {
    cwd: path.join(root, 'server'),
    stdio: 'inherit',
    env: { DATA_DIR: path.join(root, 'data'), ...process.env },
  }),
  spawn('npx', ['vite'], { cwd: path.join(root, 'client'), stdio: 'inherit' }),
];
const stop = (signal) => children.forEach((c) => c.kill(signal));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));
for (const child of children) child.on('exit', () => stop('SIGTERM'));
