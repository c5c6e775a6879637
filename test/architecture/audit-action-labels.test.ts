import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS, POSITIONS } from '@plenary/shared/domain/index';

const serverSource = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The actions the server records: the dotted names ('proposal.accept') in the files that write audit rows. */
function recordedActions(): Map<string, string> {
  const actions = new Map<string, string>();
  for (const file of sourceFiles(serverSource)) {
    const text = fs.readFileSync(file, 'utf8');
    if (!/\baudit\(\s*(db|tx)\b/.test(text)) continue;
    const where = path.relative(serverSource, file);
    for (const [, action] of text.matchAll(/'([a-z]+(?:\.[a-z-]+)+)'/g)) actions.set(action!, where);
    // `proposal.${position}`: the one action whose name is built.
    if (text.includes('`proposal.${position}`')) for (const position of POSITIONS) actions.set(`proposal.${position}`, where);
  }
  return actions;
}

describe('the audit log speaks in plain words', () => {
  it('has a label for every action the server records (add new ones to shared/src/domain/audit.ts)', () => {
    const actions = recordedActions();
    expect(actions.size).toBeGreaterThan(15);
    const unlabelled = [...actions].filter(([action]) => !Object.hasOwn(AUDIT_ACTION_LABELS, action)).map(([a, file]) => `${a} (${file})`);
    expect(unlabelled).toEqual([]);
  });
});
