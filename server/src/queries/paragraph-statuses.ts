import { and, asc, desc, eq, inArray, max } from 'drizzle-orm';
import { isLockedStatus, type ParagraphStatus } from '@plenary/shared/domain/index';
import type { DbHandle } from '../db/client.ts';
import { paragraphStatusChanges, stakeholders, users } from '../db/schema.ts';

export type StatusChangeRow = typeof paragraphStatusChanges.$inferSelect;

/** A status change with the names of who made it. */
export interface StatusChangeRecord {
  row: StatusChangeRow;
  userName: string;
  stakeholderName: string;
}

/** The ids of the latest change of each paragraph of the document: its current status. */
function latestChangeIds(db: DbHandle, documentId: string) {
  return db
    .select({ id: max(paragraphStatusChanges.id) })
    .from(paragraphStatusChanges)
    .where(eq(paragraphStatusChanges.documentId, documentId))
    .groupBy(paragraphStatusChanges.pid);
}

/** The status of every paragraph that ever had one, by pid; a pid absent from the map is open. */
export function currentStatuses(db: DbHandle, documentId: string): Map<string, ParagraphStatus> {
  const rows = db
    .select({ pid: paragraphStatusChanges.pid, status: paragraphStatusChanges.status })
    .from(paragraphStatusChanges)
    .where(inArray(paragraphStatusChanges.id, latestChangeIds(db, documentId)))
    .all();
  return new Map(rows.map((r) => [r.pid, r.status]));
}

/** The status of one paragraph (open when it never had one). */
export function currentStatus(db: DbHandle, documentId: string, pid: string): ParagraphStatus {
  const row = db
    .select({ status: paragraphStatusChanges.status })
    .from(paragraphStatusChanges)
    .where(and(eq(paragraphStatusChanges.documentId, documentId), eq(paragraphStatusChanges.pid, pid)))
    .orderBy(desc(paragraphStatusChanges.id))
    .limit(1)
    .get();
  return row?.status ?? 'open';
}

/** The pids of the agreed paragraphs: locked against every change of their text. */
export function lockedPids(db: DbHandle, documentId: string): Set<string> {
  const locked = new Set<string>();
  for (const [pid, status] of currentStatuses(db, documentId)) if (isLockedStatus(status)) locked.add(pid);
  return locked;
}

function withNames(db: DbHandle) {
  return db
    .select({ row: paragraphStatusChanges, userName: users.name, stakeholderName: stakeholders.name })
    .from(paragraphStatusChanges)
    .innerJoin(users, eq(users.id, paragraphStatusChanges.userId))
    .innerJoin(stakeholders, eq(stakeholders.id, paragraphStatusChanges.stakeholderId));
}

/** The latest change of every paragraph of the document that ever had a status, in the order they were made. */
export function latestStatusChanges(db: DbHandle, documentId: string): StatusChangeRecord[] {
  return withNames(db)
    .where(inArray(paragraphStatusChanges.id, latestChangeIds(db, documentId)))
    .orderBy(asc(paragraphStatusChanges.id))
    .all();
}

/** Every change of one paragraph's status, oldest first. */
export function statusHistory(db: DbHandle, documentId: string, pid: string): StatusChangeRecord[] {
  return withNames(db)
    .where(and(eq(paragraphStatusChanges.documentId, documentId), eq(paragraphStatusChanges.pid, pid)))
    .orderBy(asc(paragraphStatusChanges.id))
    .all();
}

/** How many of `pids` (the paragraphs now in the text) stand in each state. */
export function countStatuses(statuses: ReadonlyMap<string, ParagraphStatus>, pids: Iterable<string>): Record<ParagraphStatus, number> {
  const counts: Record<ParagraphStatus, number> = { open: 0, bracketed: 0, 'agreed-ad-ref': 0, agreed: 0 };
  for (const pid of pids) counts[statuses.get(pid) ?? 'open']++;
  return counts;
}
