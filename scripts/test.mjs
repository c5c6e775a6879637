// `npm test`: type-check and lint, then every test — unit (shared, server), integration (real server, real
// y-websocket clients) and browser (Playwright driving Debian's Chromium at /usr/bin/chromium).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureClientBuilt, ensureDebianPackages, ensureDependencies, ensureServerBuilt, run } from './setup.mjs';

ensureDependencies();
ensureClientBuilt();
ensureServerBuilt();
ensureDebianPackages([
  { command: '/usr/bin/chromium', packages: ['chromium', 'fonts-liberation'] },
  // The export tests read the Akoma Ntoso export with xmllint and the PDF with pdftotext, tools the project did not write.
  { command: '/usr/bin/xmllint', packages: ['libxml2-utils'] },
  { command: '/usr/bin/pdftotext', packages: ['poppler-utils'] },
]);

// The guardrails come first: a tree that does not type-check or lint is not worth testing.
for (const check of ['typecheck', 'lint', 'format:check']) {
  try {
    run(`npm run --silent ${check}`);
  } catch {
    console.error(`\n${check} failed: fix it before the tests run.`);
    console.log('\n0 passed, 1 failed');
    process.exit(1);
  }
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
