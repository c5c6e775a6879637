import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { requireUser } from '../../http/session.ts';
import { loadDocumentAccess } from '../../queries/document-access.ts';
import { paragraphHistory } from '../../queries/paragraph-history.ts';

/** `/api/documents/:id/paragraphs/:pid/history`: one paragraph's negotiating record, for anyone who may read the document. */
export const historyRoutes = new Hono<AppEnv>().get('/documents/:id/paragraphs/:pid/history', (c) => {
  const access = loadDocumentAccess(c.var.services.db, requireUser(c), c.req.param('id'));
  return c.json(paragraphHistory(c.var.services, access, c.req.param('pid')));
});
