// `npm run bench [-- <scenario>…]`: installs dependencies on a fresh clone, then runs the benchmark suite
// (bench/run.ts builds the server when it is missing or stale).
import { ensureDependencies, root, run } from './setup.mjs';
import path from 'node:path';

ensureDependencies();
try {
  run(`npx tsx run.ts ${process.argv.slice(2).join(' ')}`, { cwd: path.join(root, 'bench') });
} catch {
  process.exit(1);
}
