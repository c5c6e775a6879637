import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { groupMembers, processes, stakeholders } from '../../db/schema.ts';
import type { AppEnv } from '../../http/env.ts';
import { requireUser } from '../../http/session.ts';
import { findParticipant } from '../../queries/document-access.ts';
import { presentMe } from '../../presenters/me.ts';
import type { User } from '../../db/types.ts';

export function meFor(db: Db, user: User) {
  const participant = findParticipant(db, user);
  const process = participant
    ? (db.select().from(processes).where(eq(processes.id, participant.membership.processId)).get() ?? null)
    : null;
  const groups = participant
    ? db
        .select({ id: stakeholders.id, name: stakeholders.name, shortName: stakeholders.shortName, kind: stakeholders.kind })
        .from(groupMembers)
        .innerJoin(stakeholders, eq(stakeholders.id, groupMembers.groupId))
        .where(eq(groupMembers.memberId, participant.stakeholder.id))
        .orderBy(stakeholders.name)
        .all()
    : [];
  return { ...presentMe(participant, user, process), groups };
}

export const meRoutes = new Hono<AppEnv>().get('/', (c) => c.json(meFor(c.var.services.db, requireUser(c))));
