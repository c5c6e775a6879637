import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { groupMembers } from '../db/schema.ts';
import type { Participant } from '../policies/actors.ts';
import { audit } from './audit.ts';

/** Sets who belongs to a group (a state joins or leaves the EU): the group's delegates then speak for its members. */
export function setGroupMembers(
  db: Db,
  admin: Participant,
  groupId: string,
  memberIds: readonly string[],
): { added: string[]; removed: string[] } {
  return db.transaction((tx) => {
    const before = new Set(
      tx
        .select()
        .from(groupMembers)
        .where(eq(groupMembers.groupId, groupId))
        .all()
        .map((row) => row.memberId),
    );
    const after = new Set(memberIds);
    const added = [...after].filter((id) => !before.has(id));
    const removed = [...before].filter((id) => !after.has(id));
    tx.delete(groupMembers).where(eq(groupMembers.groupId, groupId)).run();
    for (const memberId of after) tx.insert(groupMembers).values({ groupId, memberId }).run();
    audit(tx, { participant: admin, action: 'group.members-set', target: groupId, details: { added, removed } });
    return { added, removed };
  });
}
