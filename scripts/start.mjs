// `npm start`: installs what is missing, builds the client and the server if needed, then serves the
// compiled server with plain Node on PORT (default 3000).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureClientBuilt, ensureDependencies, ensureServerBuilt, root, SERVER_NODE_ARGS } from './setup.mjs';

ensureDependencies();
ensureClientBuilt();
ensureServerBuilt();

const server = spawn(process.execPath, SERVER_NODE_ARGS, {
  cwd: path.join(root, 'server'),
  stdio: 'inherit',
  env: { DATA_DIR: path.join(root, 'data'), ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
