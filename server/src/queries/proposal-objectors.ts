import { and, asc, eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client.ts';
import { proposalPositions, stakeholders } from '../db/schema.ts';
import type { Stakeholder } from '../db/types.ts';

/** The stakeholders whose opposition to a proposal is on record, in the order they objected. */
export function readObjectors(db: DbHandle, proposalId: string): Stakeholder[] {
  return db
    .select({ stakeholder: stakeholders })
    .from(proposalPositions)
    .innerJoin(stakeholders, eq(stakeholders.id, proposalPositions.stakeholderId))
    .where(and(eq(proposalPositions.proposalId, proposalId), eq(proposalPositions.position, 'oppose')))
    .orderBy(asc(proposalPositions.createdAt))
    .all()
    .map((row) => row.stakeholder);
}
