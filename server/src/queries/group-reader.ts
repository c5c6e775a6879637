import { and, asc, eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client.ts';
import { groupMembers, stakeholders } from '../db/schema.ts';

/** A group and its member states, by name; undefined when the id names no group. */
export function readGroup(db: DbHandle, groupId: string) {
  const group = db
    .select()
    .from(stakeholders)
    .where(and(eq(stakeholders.id, groupId), eq(stakeholders.kind, 'group')))
    .get();
  if (!group) return undefined;
  const members = db
    .select({ stakeholder: stakeholders })
    .from(groupMembers)
    .innerJoin(stakeholders, eq(stakeholders.id, groupMembers.memberId))
    .where(eq(groupMembers.groupId, groupId))
    .orderBy(asc(stakeholders.name))
    .all()
    .map((row) => row.stakeholder);
  return { group, members };
}
