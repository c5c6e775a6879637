import { asc, eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client.ts';
import { briefStageChanges, stakeholders, users } from '../db/schema.ts';

export type BriefStageChangeRow = typeof briefStageChanges.$inferSelect;

/** A move of a brief with the names of who made it. */
export interface BriefStageChangeRecord {
  row: BriefStageChangeRow;
  userName: string;
  stakeholderName: string;
}

/** Every move of the brief through its lifecycle, oldest first. */
export function briefStageHistory(db: DbHandle, documentId: string): BriefStageChangeRecord[] {
  return db
    .select({ row: briefStageChanges, userName: users.name, stakeholderName: stakeholders.name })
    .from(briefStageChanges)
    .innerJoin(users, eq(users.id, briefStageChanges.userId))
    .innerJoin(stakeholders, eq(stakeholders.id, briefStageChanges.stakeholderId))
    .where(eq(briefStageChanges.documentId, documentId))
    .orderBy(asc(briefStageChanges.id))
    .all();
}
