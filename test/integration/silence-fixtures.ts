import { randomUUID } from 'node:crypto';
import type { ApiClient } from '../support/api-client.ts';
import type { ServerProcess } from '../support/server-process.ts';
import { COMPACT, openDatabase } from './proposals-fixtures.ts';

/** Shared helpers of the silence tests (not a test file itself). */

/**
 * Issues a revision of the document in the name of the signed-in pen-holder. Written straight into the
 * revisions table until the revisions API is on this branch.
 */
export async function issueRevision(server: ServerProcess, client: ApiClient, name: string, documentId = COMPACT) {
  const me = await client.json('GET', '/api/me');
  const db = openDatabase(server, { readonly: false });
  try {
    const id = randomUUID();
    const sequence =
      ((db.prepare('SELECT max(sequence) AS s FROM revisions WHERE document_id = ?').get(documentId) as { s: number | null }).s ?? 0) + 1;
    db.prepare(
      `INSERT INTO revisions (id, document_id, sequence, name, issued_on, issued_by_user_id, issued_by_stakeholder_id, issued_by_role,
         state, through_update_id, blocks, previous_numbers, proposals, statuses, created_at)
       VALUES (?, ?, ?, ?, '2026-12-01', ?, ?, ?, x'00', 0, '[]', '{}', '[]', '{}', ?)`,
    ).run(id, documentId, sequence, name, me.user.id, me.stakeholder.id, me.role, new Date().toISOString());
    return { id, name };
  } finally {
    db.close();
  }
}
