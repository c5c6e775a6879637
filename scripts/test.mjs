// `npm test`: type-check and lint, then every test — unit (shared, server), integration (real server, real
// y-websocket clients), browser (Playwright driving Debian's Chromium at /usr/bin/chromium) and the short form of
// the endurance runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureClientBuilt, ensureDebianPackages, ensureDependencies, ensureServerBuilt, run } from './setup.mjs';

ensureDependencies();
ensureClientBuilt();
ensureServerBuilt();
ensureDebianPackages([
  { command: '/usr/bin/chromium', packages: ['chromium', 'fonts-liberation'] },
  // Exports are opened with a reader the project did not write, and checked in Arabic and Chinese too.
  { command: '/usr/bin/soffice', packages: ['libreoffice-writer-nogui'] },
  { command: '/usr/bin/xmllint', packages: ['libxml2-utils'] },
  { command: '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf', packages: ['fonts-noto-core'] },
  { command: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', packages: ['fonts-noto-cjk'] },
  { command: '/usr/bin/pdftotext', packages: ['poppler-utils'] },
  // A delegate's Word edits are made by LibreOffice itself, driven through its Python bridge.
  { command: '/usr/lib/python3/dist-packages/uno.py', packages: ['python3-uno'] },
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

// The endurance project runs alone after the others (in its short form here; `npm run test:endurance` for the
// full one): its crash and load runs would skew the timing-sensitive browser tests beside them.
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-tests-'));
const runs = [
  ['main', '--project shared --project server --project e2e'],
  ['endurance', '--project endurance'],
];
let failed = false;
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const [name, projects] of runs) {
  const report = path.join(reportDir, `${name}.json`);
  try {
    run(`npx vitest run ${projects} --reporter=default --reporter=json --outputFile.json=${report}`);
  } catch {
    failed = true;
  }
  if (fs.existsSync(report)) {
    const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(fs.readFileSync(report, 'utf8'));
    totals.passed += numPassedTests;
    totals.failed += numFailedTests;
    totals.skipped += numPendingTests;
  } else {
    totals.failed += 1;
  }
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failed ? 1 : 0);
