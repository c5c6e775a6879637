import { Hono, type Context } from 'hono';
import { setParagraphStatusInput } from '@plenary/shared/validation/index';
import type { AppEnv } from '../../http/env.ts';
import { forbidden, notFound } from '../../errors.ts';
import { readJson } from '../../http/json-body.ts';
import { requireUser } from '../../http/session.ts';
import { loadDocumentAccess } from '../../queries/document-access.ts';
import { readParagraphs } from '../../queries/paragraph-reader.ts';
import { countStatuses, currentStatuses, latestStatusChanges, statusHistory } from '../../queries/paragraph-statuses.ts';
import { maySetParagraphStatus } from '../../policies/paragraph-status-policy.ts';
import { setParagraphStatus } from '../../commands/paragraph-status-setter.ts';
import { announceParagraphStatusChange } from '../../announcers/paragraph-status-announcer.ts';
import { assertTextNotFinal } from '../silence/checks.ts';
import { presentDocumentStatuses, presentParagraphStatus, presentStatusTransition } from '../../presenters/paragraph-status.ts';

type Ctx = Context<AppEnv>;

function loadAccess(c: Ctx) {
  return loadDocumentAccess(c.var.services.db, requireUser(c), c.req.param('id')!);
}

/** Paragraph statuses: `/api/documents/:id/statuses` and `/api/documents/:id/paragraphs/:pid/status…`. */
export const paragraphStatusRoutes = new Hono<AppEnv>()
  .get('/documents/:id/statuses', (c) => {
    const { db } = c.var.services;
    const access = loadAccess(c);
    const pids = readParagraphs(c.var.services, access.doc.id).map((p) => p.pid);
    const counts = countStatuses(currentStatuses(db, access.doc.id), pids);
    return c.json(presentDocumentStatuses(latestStatusChanges(db, access.doc.id), counts));
  })
  .put('/documents/:id/paragraphs/:pid/status', async (c) => {
    const input = await readJson(c, setParagraphStatusInput);
    const { db, rooms } = c.var.services;
    const access = loadAccess(c);
    const pid = c.req.param('pid');
    if (!readParagraphs(c.var.services, access.doc.id).some((p) => p.pid === pid)) throw notFound(`Paragraph "${pid}" in this document`);
    if (!maySetParagraphStatus(access)) throw forbidden('Only the holders of the pen set the status of a paragraph.');
    assertTextNotFinal(c.var.services, access.doc);
    const setting = setParagraphStatus(db, { access, pid, status: input.status, note: input.note || null });
    if (setting.changed) {
      rooms.refreshLocks(access.doc.id);
      announceParagraphStatusChange(c.var.services, access, pid);
    }
    return c.json(presentParagraphStatus(pid, statusHistory(db, access.doc.id, pid).at(-1)));
  })
  .get('/documents/:id/paragraphs/:pid/status-history', (c) => {
    const { db } = c.var.services;
    const access = loadAccess(c);
    const pid = c.req.param('pid');
    const history = statusHistory(db, access.doc.id, pid);
    // A paragraph deleted since keeps its history; a pid the document never had is unknown.
    if (history.length === 0 && !readParagraphs(c.var.services, access.doc.id).some((p) => p.pid === pid)) {
      throw notFound(`Paragraph "${pid}" in this document`);
    }
    return c.json(history.map(presentStatusTransition));
  });
