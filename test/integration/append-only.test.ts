import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { COMPACT, loginAll, openDatabase, paragraph, type Who } from './proposals-fixtures.ts';

/** Every table kept for good, and what identifies a row of it. */
const KEPT_FOR_GOOD = [
  'yjs_updates',
  'yjs_clients',
  'yjs_update_clients',
  'yjs_update_writers',
  'audit_log',
  'revisions',
  'paragraph_status_changes',
  'silence_procedures',
  'silence_statements',
  'position_statements',
] as const;

type Db = ReturnType<typeof openDatabase>;

/** A running silence procedure may gain its outcome, once: any other change of it is refused. */
const CHANGE: Partial<Record<(typeof KEPT_FOR_GOOD)[number], string>> = { silence_procedures: "deadline = '2000-01-01T00:00:00.000Z'" };

let server: ServerProcess;
let as: Record<Who, ApiClient>;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
  // A row in every table: a revision, a status, a silence broken by a statement.
  const revision = await as.cofacilitator.json('POST', `/api/documents/${COMPACT}/revisions`, { name: 'Zero draft' });
  const op1 = await paragraph(as.observer, 'OP1');
  await as.cofacilitator.json('PUT', `/api/documents/${COMPACT}/paragraphs/${op1.pid}/status`, { status: 'bracketed' });
  const silence = await as.cofacilitator.json('POST', `/api/documents/${COMPACT}/silence`, { revisionId: revision.id });
  await as.eu.json('POST', `/api/silence/${silence.id}/break`, { statement: 'The EU breaks silence.' });
  // Position statements are only recorded on an adopted text: one appended by hand stands for them.
  const db = openDatabase(server, { readonly: false });
  try {
    db.prepare(
      `INSERT INTO position_statements (document_id, procedure_id, stakeholder_id, user_id, role, kind, pids, body, at)
       SELECT s.document_id, s.id, st.stakeholder_id, st.user_id, st.role, 'explanation', '[]', 'On record.', st.at
       FROM silence_procedures s JOIN silence_statements st ON st.procedure_id = s.id LIMIT 1`,
    ).run();
  } finally {
    db.close();
  }
});
afterAll(() => server?.stop());

function withDatabase<T>(use: (db: Db) => T): T {
  const db = openDatabase(server, { readonly: false });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

const snapshot = (db: Db, table: string) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();

describe('history kept for good', () => {
  it.each(KEPT_FOR_GOOD)('%s refuses UPDATE, DELETE, INSERT OR REPLACE and REPLACE INTO of a kept row, even in raw SQL', (table) => {
    withDatabase((db) => {
      const before = snapshot(db, table);
      expect(before.length).toBeGreaterThan(0);
      const columns = Object.keys(before[0] as object)
        .map((c) => `"${c}"`)
        .join(', ');
      const first = `SELECT ${columns} FROM ${table} ORDER BY rowid LIMIT 1`;
      const attempts = [
        `UPDATE ${table} SET ${CHANGE[table] ?? 'rowid = rowid'}`,
        `DELETE FROM ${table}`,
        `INSERT OR REPLACE INTO ${table} (${columns}) ${first}`,
        `REPLACE INTO ${table} (${columns}) ${first}`,
      ];
      for (const statement of attempts) expect(() => db.prepare(statement).run(), statement).toThrow(/append-only|immutable|only ever/);
      expect(snapshot(db, table)).toEqual(before);
    });
  });

  it('lets a running silence procedure gain only its true outcome at its deadline: nothing else of it changes', () => {
    withDatabase((db) => {
      const before = snapshot(db, 'silence_procedures');
      const attempts = [
        "UPDATE silence_procedures SET started_by_stakeholder_id = 'group-eu', started_by_role = 'delegate'",
        "UPDATE silence_procedures SET outcome = 'adopted', ended_at = deadline",
        "UPDATE silence_procedures SET outcome = 'broken', ended_at = '2000-01-01T00:00:00.000Z'",
        "UPDATE silence_procedures SET outcome = 'withdrawn', ended_at = deadline",
        'UPDATE silence_procedures SET ended_at = deadline',
      ];
      for (const statement of attempts) expect(() => db.prepare(statement).run(), statement).toThrow(/only ever gains its outcome/);
      expect(snapshot(db, 'silence_procedures')).toEqual(before);
    });
  });
});
