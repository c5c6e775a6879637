import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS_DIR } from '../config.ts';
import { openDatabase } from './client.ts';

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-migration-'));
  temporary.push(dir);
  return dir;
}

/** The migrations as they stood before the brief lifecycle: every file and journal entry up to 0007. */
function migrationsBeforeLifecycle(): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'meta'));
  const journal = JSON.parse(fs.readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8'));
  journal.entries = journal.entries.filter((entry: { idx: number }) => entry.idx < 8);
  fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify(journal));
  for (const entry of journal.entries as { tag: string }[]) {
    fs.copyFileSync(path.join(DEFAULT_MIGRATIONS_DIR, `${entry.tag}.sql`), path.join(dir, `${entry.tag}.sql`));
  }
  return dir;
}

describe('migration 0008 (brief lifecycle)', () => {
  it("rewrites the briefs' long stage names to the short ids and leaves the compact's status alone", () => {
    const dataDir = tempDir();
    const before = openDatabase(dataDir, migrationsBeforeLifecycle());
    const insert = before.$client.prepare(
      "INSERT INTO documents (id, process_id, kind, title, status, created_at) VALUES (?, 'p', ?, 'T', ?, '2026-01-01')",
    );
    before.$client.prepare("INSERT INTO processes (id, title, short_title, created_at) VALUES ('p', 'P', 'P', '2026-01-01')").run();
    insert.run('b1', 'brief', 'circulated for comments');
    insert.run('b2', 'brief', 'under finalization');
    insert.run('b3', 'brief', 'draft');
    insert.run('c', 'compact', 'under finalization');
    before.$client.close();

    const after = openDatabase(dataDir);
    try {
      const rows = after.$client.prepare('SELECT id, status, inputs_deadline AS deadline FROM documents ORDER BY id').all();
      expect(rows).toEqual([
        { id: 'b1', status: 'circulated', deadline: null },
        { id: 'b2', status: 'finalization', deadline: null },
        { id: 'b3', status: 'draft', deadline: null },
        { id: 'c', status: 'under finalization', deadline: null },
      ]);
    } finally {
      after.$client.close();
    }
  });
});
