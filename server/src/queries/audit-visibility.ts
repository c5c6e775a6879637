import { and, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { ThreadReader } from '@plenary/shared/permissions/index';
import type { Db } from '../db/client.ts';
import { auditLog, threads } from '../db/schema.ts';
import { isReadable } from '../policies/thread-policy.ts';

/**
 * The document's threads `reader` may not read. The audit log must not say what the comment layers keep to
 * themselves: not even that a delegation opened an internal thread on a paragraph.
 */
export function unreadableThreadIds(db: Db, documentId: string, reader: ThreadReader): string[] {
  return db
    .select()
    .from(threads)
    .where(and(eq(threads.documentId, documentId), ne(threads.visibility, 'all')))
    .all()
    .filter((thread) => !isReadable(reader, thread))
    .map((thread) => thread.id);
}

/**
 * Leaves out the audit rows about the given threads: thread rows name their thread as target, message rows
 * (edit, delete) in `details.threadId`. The ids go in as one JSON parameter, however many there are.
 */
export function notAboutThreads(threadIds: readonly string[]): SQL | undefined {
  if (threadIds.length === 0) return undefined;
  const thread = sql`coalesce(json_extract(${auditLog.details}, '$.threadId'), ${auditLog.target})`;
  return sql`not (${auditLog.action} like 'thread.%' and ${thread} in (select value from json_each(${JSON.stringify(threadIds)})))`;
}

/**
 * Leaves out the declined co-sponsorships: who was invited and said no stays between the tabling delegation and
 * the invitee, as the proposal itself shows it (confirmed co-sponsors are public, and stay in the log).
 */
export function notAboutDeclinedCosponsorships(): SQL {
  return sql`${auditLog.action} <> 'proposal.cosponsor-decline'`;
}
