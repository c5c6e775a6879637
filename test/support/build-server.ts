import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Vitest global setup: the tests start the compiled server, so build it from the current sources first. */
export default function buildServer(): void {
  const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server');
  execFileSync(process.execPath, ['build.mjs'], { cwd: serverDir, stdio: 'inherit' });
}
