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
