import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { requireUser } from '../../http/session.ts';
import { loadDocumentAccess } from '../../queries/document-access.ts';
import { readParagraphRecord } from '../../queries/paragraph-history.ts';
import { actorNamer } from '../../queries/actor-reader.ts';
import { stakeholdersSpokenFor } from '../../queries/proposal-access.ts';
import { presentParagraphHistory } from '../../presenters/paragraph-history.ts';

/** `/api/documents/:id/paragraphs/:pid/history`: one paragraph's negotiating record, for anyone who may read the document. */
export const historyRoutes = new Hono<AppEnv>().get('/documents/:id/paragraphs/:pid/history', (c) => {
  const { db } = c.var.services;
  const access = loadDocumentAccess(db, requireUser(c), c.req.param('id'));
  const record = readParagraphRecord(c.var.services, access, c.req.param('pid'));
  const viewer = { access, spokenFor: stakeholdersSpokenFor(db, access.participant.stakeholder.id) };
  return c.json(presentParagraphHistory(record, viewer, actorNamer(db, record.statusChanges)));
});
