// `npm start`: installs what is missing, builds the client if needed, then serves on PORT (default 3000).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureClientBuilt, ensureDependencies, root } from './setup.mjs';

ensureDependencies();
ensureClientBuilt();

const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: path.join(root, 'server'),
  stdio: 'inherit',
  env: { DATA_DIR: path.join(root, 'data'), ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
