import { and, asc, eq, exists, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditLog, stakeholders, users } from '../db/schema.ts';
import type { Stakeholder } from '../db/types.ts';
import { notAboutDeclinedCosponsorships, notAboutThreads } from './audit-visibility.ts';

export interface AuditFilterOptions {
  users: { id: string; name: string }[];
  stakeholders: Stakeholder[];
  actions: string[];
}

/**
 * The people, stakeholders and actions present in a document's log, as far as its reader may see it. Each is
 * asked as "is there a row?" through an index, never by reading every row of a long log.
 */
export function readAuditFilterOptions(db: Db, documentId: string, hiddenThreadIds: readonly string[]): AuditFilterOptions {
  const inLog = (condition: SQL) =>
    and(eq(auditLog.documentId, documentId), condition, notAboutThreads(hiddenThreadIds), notAboutDeclinedCosponsorships());
  const rowsWhere = (condition: SQL) =>
    db
      .select({ one: sql`1` })
      .from(auditLog)
      .where(inLog(condition));
  return {
    users: db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(exists(rowsWhere(eq(auditLog.userId, users.id))))
      .orderBy(asc(users.name), asc(users.id))
      .all(),
    stakeholders: db
      .select()
      .from(stakeholders)
      .where(exists(rowsWhere(eq(auditLog.stakeholderId, stakeholders.id))))
      .orderBy(asc(stakeholders.name), asc(stakeholders.id))
      .all(),
    actions: actionsIn(db, documentId).filter((action) => rowsWhere(eq(auditLog.action, action)).limit(1).get() !== undefined),
  };
}

/** The distinct actions of a document's log in order, one index step each (a loose index scan). */
function actionsIn(db: Db, documentId: string): string[] {
  const rows = db.all<{ action: string | null }>(sql`
    WITH RECURSIVE present(action) AS (
      SELECT min(action) FROM audit_log WHERE document_id = ${documentId}
      UNION ALL
      SELECT (SELECT min(action) FROM audit_log WHERE document_id = ${documentId} AND action > present.action)
      FROM present WHERE present.action IS NOT NULL
    )
    SELECT action FROM present WHERE action IS NOT NULL`);
  return rows.map((row) => row.action!);
}
