import { and, asc, count, eq, gt } from 'drizzle-orm';
import type { DbHandle } from '../db/client.ts';
import { memberships, processes, sessions, stakeholders, userIdentities, users } from '../db/schema.ts';
import type { ProcessRow } from '../db/types.ts';

export function findProcess(db: DbHandle, processId: string): ProcessRow | undefined {
  return db.select().from(processes).where(eq(processes.id, processId)).get();
}

/** Everyone who takes part in the process (or the one person `userId`), with their capacity, how many devices they are signed in on, how they sign in. */
export function listParticipants(db: DbHandle, processId: string, userId?: string) {
  const now = new Date().toISOString();
  const live = db
    .select({ userId: sessions.userId, n: count().as('live_sessions') })
    .from(sessions)
    .where(gt(sessions.expiresAt, now))
    .groupBy(sessions.userId)
    .as('live');
  const linked = db
    .select({ userId: userIdentities.userId, n: count().as('identities') })
    .from(userIdentities)
    .groupBy(userIdentities.userId)
    .as('linked');
  return db
    .select({ user: users, membership: memberships, stakeholder: stakeholders, liveSessions: live.n, identities: linked.n })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(stakeholders, eq(stakeholders.id, memberships.stakeholderId))
    .leftJoin(live, eq(live.userId, users.id))
    .leftJoin(linked, eq(linked.userId, users.id))
    .where(userId ? and(eq(memberships.processId, processId), eq(memberships.userId, userId)) : eq(memberships.processId, processId))
    .orderBy(asc(stakeholders.name), asc(users.name))
    .all();
}

/** One person's membership of the process, with their account; undefined when they take no part in it. */
export function findMembership(db: DbHandle, processId: string, userId: string) {
  return db
    .select({ user: users, membership: memberships })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.processId, processId), eq(memberships.userId, userId)))
    .get();
}
