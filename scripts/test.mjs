// `npm test`: every test — unit (shared, server), integration (real server, real y-websocket clients)
// and browser (Playwright driving Debian's Chromium at /usr/bin/chromium).
import fs from 'node:fs';
import { ensureClientBuilt, ensureDependencies, run } from './setup.mjs';

ensureDependencies();
ensureClientBuilt();
if (!fs.existsSync('/usr/bin/chromium')) {
  console.error('Browser tests need Chromium at /usr/bin/chromium: apt-get install -y chromium');
  process.exit(1);
}
try {
  run('npx vitest run');
} catch {
  process.exit(1);
}
