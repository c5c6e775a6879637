import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const serverSource = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Every way the server's code could rewrite or remove an audit row: through drizzle or in raw SQL. */
const REWRITES = [
  /\.update\(\s*auditLog\b/,
  /\.delete\(\s*auditLog\b/,
  /\binsert\(\s*auditLog\s*\)[\s\S]{0,400}?\.onConflictDo(Update|Nothing)\(/,
  /\bUPDATE\s+[`"']?audit_log\b/i,
  /\bDELETE\s+FROM\s+[`"']?audit_log\b/i,
  /\b(REPLACE|INSERT\s+OR\s+\w+)\s+INTO\s+[`"']?audit_log\b/i,
];

describe('the audit log is append-only in the code too', () => {
  const files = sourceFiles(serverSource);

  it('finds the server sources and the one writer of audit rows', () => {
    expect(files.length).toBeGreaterThan(50);
    const writers = files.filter((file) => /\.insert\(\s*auditLog\s*\)/.test(fs.readFileSync(file, 'utf8')));
    expect(writers.map((file) => path.relative(serverSource, file))).toEqual([path.join('commands', 'audit.ts')]);
  });

  it('has no code path that updates, deletes or replaces an audit row', () => {
    const offences = files.flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return REWRITES.filter((pattern) => pattern.test(text)).map((pattern) => `${path.relative(serverSource, file)}: ${pattern}`);
    });
    expect(offences).toEqual([]);
  });

  it('would notice one', () => {
    const samples = [
      'db.update(auditLog).set({ action: "x" })',
      'tx.delete(auditLog).where(eq(auditLog.id, 1))',
      'db.insert(auditLog).values(row).onConflictDoUpdate({ target: auditLog.id, set: row })',
      "sqlite.exec('DELETE FROM audit_log WHERE id = 1')",
      'sql`update "audit_log" set action = ${a}`',
      "db.prepare('INSERT OR REPLACE INTO audit_log (id) VALUES (1)')",
    ];
    for (const sample of samples)
      expect(
        REWRITES.some((pattern) => pattern.test(sample)),
        sample,
      ).toBe(true);
    expect(REWRITES.some((pattern) => pattern.test('db.insert(auditLog).values(row).run()'))).toBe(false);
  });
});
