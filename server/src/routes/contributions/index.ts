import { Hono } from 'hono';
import { canReadContributionMatrix } from '@plenary/shared/permissions/index';
import type { AppEnv } from '../../http/env.ts';
import { ApiError, forbidden } from '../../errors.ts';
import { currentParticipant, requireUser } from '../../http/session.ts';
import { loadDocumentAccess } from '../../queries/document-access.ts';
import { readBriefContributions } from '../../queries/contribution-brief.ts';
import { readContributionMatrix } from '../../queries/contribution-matrix.ts';
import { presentBriefContributions, presentContributionMatrix } from '../../presenters/contributions.ts';

/** Who contributed what: `GET /api/documents/:id/contributions` (one brief) and `GET /api/contributions` (the process). */
export const contributionRoutes = new Hono<AppEnv>()
  .get('/documents/:id/contributions', (c) => {
    // Whoever reads the brief reads its inputs, so its contributions: loading it answers 404 to anyone else.
    const access = loadDocumentAccess(c.var.services.db, requireUser(c), c.req.param('id'));
    if (access.doc.kind !== 'brief') {
      throw new ApiError(404, 'not_found', 'Contributions are counted per issue brief: the compact takes no technical inputs.');
    }
    return c.json(presentBriefContributions(readBriefContributions(c.var.services.db, access)));
  })
  .get('/contributions', (c) => {
    const { db } = c.var.services;
    const participant = currentParticipant(c);
    if (!participant || !canReadContributionMatrix(participant.actor)) {
      throw forbidden('The contributions across briefs are open to the secretariat, the co-facilitators and the agencies.');
    }
    return c.json(presentContributionMatrix(readContributionMatrix(db, participant)));
  });
