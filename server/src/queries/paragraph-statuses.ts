import { desc, eq } from 'drizzle-orm';
import type { ParagraphStatus } from '@plenary/shared/domain/index';
import type { DbHandle } from '../db/client.ts';
import { paragraphStatusChanges } from '../db/schema.ts';

/** pid → current status, for every paragraph whose status was ever set (the others are open). */
export function currentStatuses(db: DbHandle, documentId: string): Map<string, ParagraphStatus> {
  const rows = db
    .select({ pid: paragraphStatusChanges.pid, status: paragraphStatusChanges.status })
    .from(paragraphStatusChanges)
    .where(eq(paragraphStatusChanges.documentId, documentId))
    .orderBy(desc(paragraphStatusChanges.id))
    .all();
  const statuses = new Map<string, ParagraphStatus>();
  for (const row of rows) if (!statuses.has(row.pid)) statuses.set(row.pid, row.status);
  return statuses;
}
