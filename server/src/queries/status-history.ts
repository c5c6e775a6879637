import { and, asc, eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client.ts';
import { paragraphStatusChanges } from '../db/schema.ts';

export type StatusChangeRow = typeof paragraphStatusChanges.$inferSelect;

/** Every status change of one paragraph, oldest first. */
export function statusChangesOf(db: DbHandle, documentId: string, pid: string): StatusChangeRow[] {
  return db
    .select()
    .from(paragraphStatusChanges)
    .where(and(eq(paragraphStatusChanges.documentId, documentId), eq(paragraphStatusChanges.pid, pid)))
    .orderBy(asc(paragraphStatusChanges.id))
    .all();
}
