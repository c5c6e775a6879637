import { and, asc, eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client.ts';
import { positionStatements, stakeholders, users } from '../db/schema.ts';
import type { PositionStatementRow, Stakeholder, User } from '../db/types.ts';

export interface PositionStatementRecord {
  row: PositionStatementRow;
  user: Pick<User, 'id' | 'name'>;
  stakeholder: Stakeholder;
}

/** The explanations of position and reservations recorded on a document's final text, in the order given. */
export function readPositionStatements(db: DbHandle, documentId: string, onlyId?: number): PositionStatementRecord[] {
  return db
    .select({ row: positionStatements, user: { id: users.id, name: users.name }, stakeholder: stakeholders })
    .from(positionStatements)
    .innerJoin(users, eq(users.id, positionStatements.userId))
    .innerJoin(stakeholders, eq(stakeholders.id, positionStatements.stakeholderId))
    .where(
      onlyId === undefined
        ? eq(positionStatements.documentId, documentId)
        : and(eq(positionStatements.documentId, documentId), eq(positionStatements.id, onlyId)),
    )
    .orderBy(asc(positionStatements.id))
    .all();
}
