import { eq } from 'drizzle-orm';
import type { Db, DbHandle } from '../db/client.ts';
import { stakeholders } from '../db/schema.ts';
import type { Stakeholder } from '../db/types.ts';

/** Every stakeholder, by name: the directory that pickers (co-sponsors, groups) choose from. */
export function listStakeholders(db: Db): Stakeholder[] {
  return db.select().from(stakeholders).orderBy(stakeholders.name).all();
}

export function stakeholderExists(db: Db, stakeholderId: string): boolean {
  return !!db.select({ id: stakeholders.id }).from(stakeholders).where(eq(stakeholders.id, stakeholderId)).get();
}

export function findStakeholder(db: DbHandle, id: string): Stakeholder | undefined {
  return db.select().from(stakeholders).where(eq(stakeholders.id, id)).get();
}
