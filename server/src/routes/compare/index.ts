import { Hono } from 'hono';
import { compareQuery } from '@plenary/shared/validation/index';
import { forbidden, notFound } from '../../errors.ts';
import type { AppEnv } from '../../http/env.ts';
import { requireUser } from '../../http/session.ts';
import { canCompare } from '../../policies/compare-policy.ts';
import { presentComparison } from '../../presenters/comparison.ts';
import { loadComparePoint } from '../../queries/compare-points.ts';
import { loadDocumentAccess } from '../../queries/document-access.ts';
import { compareTexts, withChangesOf } from '../../queries/document-comparison.ts';
import { stakeholderExists } from '../../queries/stakeholder-lister.ts';

/** `/api/documents/:id/compare`: the redline between two revisions, or a revision and the live text. */
export const compareRoutes = new Hono<AppEnv>().get('/documents/:id/compare', (c) => {
  const { db, rooms, store } = c.var.services;
  const query = compareQuery.parse(c.req.query());
  const access = loadDocumentAccess(db, requireUser(c), c.req.param('id'));
  if (!canCompare(access)) throw forbidden('You may not read this document.');
  if (query.stakeholder && !stakeholderExists(db, query.stakeholder)) throw notFound('Stakeholder');
  const from = loadComparePoint({ db, rooms, store }, access.doc.id, query.from);
  try {
    const to = loadComparePoint({ db, rooms, store }, access.doc.id, query.to);
    try {
      const blocks = compareTexts(db, access.doc, from, to);
      return c.json(presentComparison(from.ref, to.ref, query.stakeholder ? withChangesOf(blocks, query.stakeholder) : blocks));
    } finally {
      to.doc.destroy();
    }
  } finally {
    from.doc.destroy();
  }
});
