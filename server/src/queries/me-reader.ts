import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { groupMembers, memberships, processes, stakeholders } from '../db/schema.ts';
import type { Membership, ProcessRow, Stakeholder, User } from '../db/types.ts';
import type { Participant } from '../policies/actors.ts';
import { findParticipant } from './document-access.ts';

export interface MeRecord {
  user: User;
  participant: Participant | null;
  process: ProcessRow | null;
  /** The groups the user's delegation belongs to, in whose name it may table. */
  groups: Stakeholder[];
  /** Every process the person takes part in, with their capacity in each. */
  memberships: { membership: Membership; process: ProcessRow; stakeholder: Stakeholder }[];
}

/** The person, and their part in the process they work in (`processId`, else their first). */
export function readMe(db: Db, user: User, processId?: string | null): MeRecord {
  const all = db
    .select({ membership: memberships, process: processes, stakeholder: stakeholders })
    .from(memberships)
    .innerJoin(processes, eq(processes.id, memberships.processId))
    .innerJoin(stakeholders, eq(stakeholders.id, memberships.stakeholderId))
    .where(eq(memberships.userId, user.id))
    .orderBy(asc(memberships.createdAt))
    .all();
  const participant = (processId ? findParticipant(db, user, processId) : null) ?? findParticipant(db, user);
  if (!participant) return { user, participant, process: null, groups: [], memberships: all };
  const process = all.find((m) => m.process.id === participant.membership.processId)?.process ?? null;
  const groups = db
    .select({ stakeholder: stakeholders })
    .from(groupMembers)
    .innerJoin(stakeholders, eq(stakeholders.id, groupMembers.groupId))
    .where(eq(groupMembers.memberId, participant.stakeholder.id))
    .orderBy(stakeholders.name)
    .all()
    .map((r) => r.stakeholder);
  return { user, participant, process, groups, memberships: all };
}
