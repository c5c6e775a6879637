// `npm run backup -- DESTINATION`: builds the server if needed, then copies the data folder (DATA_DIR, default
// ./data as `npm start` uses) into DESTINATION with SQLite's online backup, while the server keeps running.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureDependencies, ensureServerBuilt, root } from './setup.mjs';

ensureDependencies();
ensureServerBuilt();
const destination = process.argv[2] ? path.resolve(process.argv[2]) : '';
const result = spawnSync(process.execPath, ['--enable-source-maps', 'dist/backup.js', ...(destination ? [destination] : [])], {
  cwd: path.join(root, 'server'),
  stdio: 'inherit',
  env: { DATA_DIR: path.join(root, 'data'), ...process.env },
});
process.exit(result.status ?? 1);
