import { Hono } from 'hono';
import { asc, eq } from 'drizzle-orm';
import { documents, memberships } from '../../db/schema.ts';
import type { AppEnv } from '../../http/env.ts';
import { requireUser } from '../../http/session.ts';
import { documentTarget, findParticipant, loadDocumentAccess } from '../../queries/document-access.ts';
import { presentDocument, presentDocumentWithParagraphs } from '../../presenters/document.ts';
import { penHolderNames } from '../../queries/pen-holders.ts';
import { readParagraphs } from '../../queries/paragraph-reader.ts';
import { writtenSpans } from '../../text/written-spans.ts';
import { attributeSpans } from '../../queries/paragraph-attribution.ts';
import { notFound } from '../../errors.ts';

export const documentRoutes = new Hono<AppEnv>()
  .get('/', (c) => {
    const user = requireUser(c);
    const { db, rooms } = c.var.services;
    const processIds = db
      .select({ processId: memberships.processId })
      .from(memberships)
      .where(eq(memberships.userId, user.id))
      .all()
      .map((m) => m.processId);
    const result = processIds.flatMap((processId) => {
      const participant = findParticipant(db, user, processId)!;
      const rows = db
        .select()
        .from(documents)
        .where(eq(documents.processId, processId))
        .orderBy(asc(documents.kind), asc(documents.briefNumber))
        .all()
        .sort((a, b) => Number(b.kind === 'compact') - Number(a.kind === 'compact'));
      return rows.map((doc) => {
        const target = documentTarget(db, doc);
        const access = { doc, target, participant };
        return presentDocument(access, penHolderNames(db, doc, target), readParagraphs(rooms, doc.id, doc.lastActivityAt).length);
      });
    });
    return c.json(result);
  })
  .get('/:id', (c) => {
    const user = requireUser(c);
    const { db, rooms } = c.var.services;
    const access = loadDocumentAccess(db, user, c.req.param('id'));
    const paragraphs = readParagraphs(rooms, access.doc.id);
    return c.json(presentDocumentWithParagraphs(access, penHolderNames(db, access.doc, access.target), paragraphs));
  })
  .get('/:id/paragraphs/:pid/attribution', (c) => {
    const user = requireUser(c);
    const { db, rooms } = c.var.services;
    const { doc } = loadDocumentAccess(db, user, c.req.param('id'));
    const spans = rooms.read(doc.id, (ydoc) => writtenSpans(ydoc, c.req.param('pid')));
    if (!spans) throw notFound('Paragraph');
    return c.json(attributeSpans(db, doc.id, doc.processId, spans));
  });
