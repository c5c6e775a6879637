// `npm test`: every test — unit (shared, server), integration (real server, real y-websocket clients)
// and browser (Playwright driving Debian's Chromium at /usr/bin/chromium).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureClientBuilt, ensureDependencies, run } from './setup.mjs';

ensureDependencies();
ensureClientBuilt();
if (!fs.existsSync('/usr/bin/chromium')) {
  console.error('Browser tests need Chromium at /usr/bin/chromium: apt-get install -y chromium');
  process.exit(1);
}

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-tests-')), 'report.json');
let failed = false;
try {
  run(`npx vitest run --reporter=default --reporter=json --outputFile.json=${report}`);
} catch {
  failed = true;
}
if (fs.existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(fs.readFileSync(report, 'utf8'));
  console.log(`\n${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
}
process.exit(failed ? 1 : 0);
