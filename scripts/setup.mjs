// Installs dependencies (through a pinned pnpm fetched by npx) and builds the web client when missing.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PNPM = 'npx --yes pnpm@10.34.8';

/**
 * How Node runs the compiled server, for `npm start` and for every test and benchmark. V8 lets the young
 * generation grow to 16 MB twice over, kept for good once start-up has filled it; 2 MB holds an idle server
 * under 100 MB and measured no slower (README, Performance). Add `--enable-source-maps` through NODE_OPTIONS to
 * read stack traces in the sources (about 5 MB more).
 */
export const SERVER_NODE_ARGS = ['--max-semi-space-size=2', 'dist/main.js'];

export function run(command, options = {}) {
  execSync(command, { stdio: 'inherit', cwd: root, ...options });
}

function dependenciesInstalled() {
  const marker = path.join(root, 'node_modules/.pnpm/lock.yaml');
  if (!fs.existsSync(marker)) return false;
  const sqliteBinding = path.join(root, 'server/node_modules/better-sqlite3/build/Release/better_sqlite3.node');
  return fs.existsSync(sqliteBinding) && fs.statSync(marker).mtimeMs >= fs.statSync(path.join(root, 'pnpm-lock.yaml')).mtimeMs;
}

export function ensureDependencies() {
  if (dependenciesInstalled()) return;
  console.log('Installing dependencies (first run: better-sqlite3 compiles from source, about a minute)…');
  run(`${PNPM} install --frozen-lockfile`);
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the server into plain JavaScript (server/dist) when its sources, or shared's, are newer. */
export function ensureServerBuilt() {
  const bundles = ['main.js', 'admin.js', 'backup.js'].map((name) => path.join(root, 'server/dist', name));
  const sources = Math.max(newestMtime(path.join(root, 'server/src')), newestMtime(path.join(root, 'shared/src')));
  if (bundles.every((bundle) => fs.existsSync(bundle) && fs.statSync(bundle).mtimeMs >= sources)) return;
  console.log('Building the server…');
  run('node build.mjs', { cwd: path.join(root, 'server') });
}

/**
 * Installs a Debian package the tests need when its command (or a file it ships, for fonts) is missing: as root directly, otherwise it
 * stops with the command to run.
 */
export function ensureDebianPackages(requirements) {
  const missing = requirements.filter(({ command }) => !fs.existsSync(command));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.flatMap((r) => r.packages))].join(' ');
  if (process.getuid?.() !== 0) {
    console.error(`The tests need ${missing.map((r) => r.command).join(', ')}: run  sudo apt-get install -y ${packages}`);
    process.exit(1);
  }
  console.log(`Installing ${packages} (Debian packages the tests need)…`);
  run('apt-get update -qq');
  run(`apt-get install -y -qq ${packages}`, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

export function ensureClientBuilt() {
  const index = path.join(root, 'client/dist/index.html');
  const sources = Math.max(newestMtime(path.join(root, 'client/src')), newestMtime(path.join(root, 'shared/src')));
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources) return;
  console.log('Building the web client…');
  run(`${PNPM} --filter @plenary/client build`);
}
