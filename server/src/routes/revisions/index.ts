import { Hono } from 'hono';
import { can } from '@plenary/shared/permissions/index';
import { issueRevisionInput } from '@plenary/shared/validation/index';
import type { AppEnv } from '../../http/env.ts';
import { forbidden } from '../../errors.ts';
import { readJson } from '../../http/json-body.ts';
import { requireUser } from '../../http/session.ts';
import { loadDocumentAccess } from '../../queries/document-access.ts';
import { listRevisions, loadRevision } from '../../queries/revision-reader.ts';
import { actorNamer, actorOf } from '../../queries/actor-reader.ts';
import { presentRevision, presentRevisionDetail, revisionIssuer } from '../../presenters/revision.ts';
import { issueRevision } from '../../commands/revision-issuer.ts';
import { announceRevision } from '../../announcers/revision-announcer.ts';

/**
 * `/api/documents/:id/revisions`: the named revisions of a document. Issued revisions are the record:
 * there is no route that changes or removes one.
 */
export const revisionRoutes = new Hono<AppEnv>()
  .get('/documents/:id/revisions', (c) => {
    const { db } = c.var.services;
    const access = loadDocumentAccess(db, requireUser(c), c.req.param('id'));
    const rows = listRevisions(db, access.doc.id);
    const name = actorNamer(db, rows.map(revisionIssuer));
    return c.json(rows.map((row) => presentRevision(row, name(revisionIssuer(row)))));
  })
  .get('/documents/:id/revisions/:revisionId', (c) => {
    const { db } = c.var.services;
    const access = loadDocumentAccess(db, requireUser(c), c.req.param('id'));
    const row = loadRevision(db, access.doc.id, c.req.param('revisionId'));
    return c.json(presentRevisionDetail(row, actorOf(db, revisionIssuer(row))));
  })
  .post('/documents/:id/revisions', async (c) => {
    const input = await readJson(c, issueRevisionInput);
    const { db } = c.var.services;
    const access = loadDocumentAccess(db, requireUser(c), c.req.param('id'));
    if (!can(access.participant.actor, 'manage-revisions', access.target)) {
      throw forbidden('Only the holders of the pen issue revisions of this document.');
    }
    const row = issueRevision(c.var.services, access, input);
    announceRevision(c.var.services, access, row.id);
    return c.json(presentRevisionDetail(row, actorOf(db, revisionIssuer(row))), 201);
  });
