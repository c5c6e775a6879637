import { and, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import { AUDIT_PAGE_DEFAULT, type AuditLogQuery } from '@plenary/shared/validation/index';
import type { Db } from '../db/client.ts';
import { auditLog, stakeholders, users } from '../db/schema.ts';
import type { AuditRow, Stakeholder } from '../db/types.ts';
import { notAboutDeclinedCosponsorships, notAboutThreads } from './audit-visibility.ts';

export interface AuditRecord {
  row: AuditRow;
  user: { id: string; name: string } | null;
  stakeholder: Stakeholder | null;
}

export interface AuditPage {
  /** Newest first. */
  records: AuditRecord[];
  /** The `before` of the next page; null when this one reaches the oldest entry. */
  nextCursor: number | null;
}

/** The pid an audit row concerns, where it concerns one. */
export const auditPid = sql<string | null>`json_extract(${auditLog.details}, '$.pid')`;

function conditions(documentId: string, query: AuditLogQuery, hiddenThreadIds: readonly string[]): SQL[] {
  const where: (SQL | undefined)[] = [
    eq(auditLog.documentId, documentId),
    query.before === undefined ? undefined : lt(auditLog.id, query.before),
    query.user === undefined ? undefined : eq(auditLog.userId, query.user),
    query.stakeholder === undefined ? undefined : eq(auditLog.stakeholderId, query.stakeholder),
    query.action === undefined ? undefined : eq(auditLog.action, query.action),
    query.pid === undefined ? undefined : eq(auditPid, query.pid),
    notAboutThreads(hiddenThreadIds),
    notAboutDeclinedCosponsorships(),
  ];
  return where.filter((c): c is SQL => c !== undefined);
}

/**
 * One page of a document's audit log, newest first, keyset on the row id: the page after `before`, narrowed
 * by the query's filters. Reads one row more than it returns to know whether an older page exists.
 */
export function readAuditPage(db: Db, documentId: string, query: AuditLogQuery, hiddenThreadIds: readonly string[]): AuditPage {
  const limit = query.limit ?? AUDIT_PAGE_DEFAULT;
  const rows = db
    .select({ row: auditLog, user: { id: users.id, name: users.name }, stakeholder: stakeholders })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .leftJoin(stakeholders, eq(stakeholders.id, auditLog.stakeholderId))
    .where(and(...conditions(documentId, query, hiddenThreadIds)))
    .orderBy(desc(auditLog.id))
    .limit(limit + 1)
    .all();
  const records = rows.slice(0, limit);
  return { records, nextCursor: rows.length > limit ? records[records.length - 1]!.row.id : null };
}
