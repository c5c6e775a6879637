import { Hono } from 'hono';
import { stakeholderSearchQuery } from '@plenary/shared/validation/index';
import type { AppEnv } from '../../http/env.ts';
import { currentParticipant, requireUser } from '../../http/session.ts';
import { findMentionCandidates } from '../../queries/mention-candidates.ts';
import { listStakeholders } from '../../queries/stakeholder-lister.ts';
import { presentMentionCandidate, presentStakeholder } from '../../presenters/stakeholder.ts';

/** `/api/stakeholders`: who can be named in a comment or invited to co-sponsor, for every participant. */
export const stakeholderRoutes = new Hono<AppEnv>()
  .get('/', (c) => {
    requireUser(c);
    const { db } = c.var.services;
    const { q, limit } = stakeholderSearchQuery.parse(c.req.query());
    const processId = currentParticipant(c)?.membership.processId ?? null;
    const candidates = findMentionCandidates(db, processId, q ?? '', limit ?? 10);
    return c.json(candidates.map(({ stakeholder, participants }) => presentMentionCandidate(stakeholder, participants)));
  })
  .get('/all', (c) => {
    requireUser(c);
    return c.json(listStakeholders(c.var.services.db).map(presentStakeholder));
  });
