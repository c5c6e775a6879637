import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { groupMembers, processes, stakeholders } from '../db/schema.ts';
import type { ProcessRow, Stakeholder, User } from '../db/types.ts';
import type { Participant } from '../policies/actors.ts';
import { findParticipant } from './document-access.ts';

export interface MeRecord {
  user: User;
  participant: Participant | null;
  process: ProcessRow | null;
  /** The groups the user's delegation belongs to, in whose name it may table. */
  groups: Stakeholder[];
}

export function readMe(db: Db, user: User): MeRecord {
  const participant = findParticipant(db, user);
  if (!participant) return { user, participant, process: null, groups: [] };
  const process = db.select().from(processes).where(eq(processes.id, participant.membership.processId)).get() ?? null;
  const groups = db
    .select({ stakeholder: stakeholders })
    .from(groupMembers)
    .innerJoin(stakeholders, eq(stakeholders.id, groupMembers.groupId))
    .where(eq(groupMembers.memberId, participant.stakeholder.id))
    .orderBy(stakeholders.name)
    .all()
    .map((r) => r.stakeholder);
  return { user, participant, process, groups };
}
