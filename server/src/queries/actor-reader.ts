import { inArray } from 'drizzle-orm';
import type { ActorResponse } from '@plenary/shared/api/index';
import type { DbHandle } from '../db/client.ts';
import { stakeholders, users } from '../db/schema.ts';

export interface ActorRef {
  userId: string;
  stakeholderId: string;
  role: string;
}

/** Names the people and stakeholders of many rows at once: who did it, in what capacity. */
export function actorNamer(db: DbHandle, refs: readonly ActorRef[]): (ref: ActorRef) => ActorResponse {
  const userIds = [...new Set(refs.map((r) => r.userId))];
  const stakeholderIds = [...new Set(refs.map((r) => r.stakeholderId))];
  const userNames = new Map(
    userIds.length
      ? db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(inArray(users.id, userIds))
          .all()
          .map((u) => [u.id, u.name])
      : [],
  );
  const stakeholderNames = new Map(
    stakeholderIds.length
      ? db
          .select({ id: stakeholders.id, name: stakeholders.name })
          .from(stakeholders)
          .where(inArray(stakeholders.id, stakeholderIds))
          .all()
          .map((s) => [s.id, s.name])
      : [],
  );
  return (ref) => ({
    userId: ref.userId,
    userName: userNames.get(ref.userId) ?? 'Unknown person',
    stakeholderId: ref.stakeholderId,
    stakeholder: stakeholderNames.get(ref.stakeholderId) ?? 'Unknown stakeholder',
    role: ref.role,
  });
}

/** One actor by ids. */
export function actorOf(db: DbHandle, ref: ActorRef): ActorResponse {
  return actorNamer(db, [ref])(ref);
}
