import { eq, inArray } from 'drizzle-orm';
import type { DbHandle } from '../db/client.ts';
import { groupMembers, memberships } from '../db/schema.ts';

/** The processes a person runs as its secretariat. */
export function secretariatProcessesOf(db: DbHandle, userId: string): Set<string> {
  return new Set(
    accountProcesses(db, userId)
      .filter((m) => m.role === 'secretariat')
      .map((m) => m.processId),
  );
}

/** Every process an account takes part in, and in which of them it is the secretariat. */
export function accountProcesses(db: DbHandle, userId: string): { processId: string; role: string }[] {
  return db
    .select({ processId: memberships.processId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .all();
}

/**
 * The processes whose participants a change to a group reaches: those where someone speaks for the group, or for
 * one of the states that belong to it before or after the change.
 */
export function processesReachedByGroup(db: DbHandle, groupId: string, memberIds: readonly string[]): Set<string> {
  const current = db.select({ id: groupMembers.memberId }).from(groupMembers).where(eq(groupMembers.groupId, groupId)).all();
  const stakeholderIds = [...new Set([groupId, ...memberIds, ...current.map((m) => m.id)])];
  return new Set(
    db
      .selectDistinct({ processId: memberships.processId })
      .from(memberships)
      .where(inArray(memberships.stakeholderId, stakeholderIds))
      .all()
      .map((m) => m.processId),
  );
}
