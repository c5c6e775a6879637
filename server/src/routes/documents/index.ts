import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { requireUser } from '../../http/session.ts';
import { loadDocumentAccess } from '../../queries/document-access.ts';
import { listDocumentAccesses } from '../../queries/document-lister.ts';
import { presentDocument, presentDocumentWithParagraphs } from '../../presenters/document.ts';
import { readParagraphs } from '../../queries/paragraph-reader.ts';
import { numberingBaseline } from '../../queries/numbering-baseline.ts';
import { writtenSpans } from '../../text/written-spans.ts';
import { attributeSpans } from '../../queries/paragraph-attribution.ts';
import { notFound } from '../../errors.ts';
import { presentAttributedRun } from '../../presenters/attribution.ts';
import { readDocumentFacts } from '../../queries/document-facts.ts';
import { settleDueSilences } from '../../silence-settlement.ts';

/** `/api/documents`: the documents of the caller's processes, one with its paragraphs, and who wrote what. */
export const documentRoutes = new Hono<AppEnv>()
  .get('/', (c) => {
    const user = requireUser(c);
    const { db } = c.var.services;
    settleDueSilences(c.var.services);
    const listed = listDocumentAccesses(db, user).map((access) =>
      presentDocument(access, readDocumentFacts(db, access, readParagraphs(c.var.services, access.doc.id))),
    );
    return c.json(listed);
  })
  .get('/:id', (c) => {
    const user = requireUser(c);
    const { db } = c.var.services;
    const access = loadDocumentAccess(db, user, c.req.param('id'));
    settleDueSilences(c.var.services, access.doc.id);
    const paragraphs = readParagraphs(c.var.services, access.doc.id);
    const facts = readDocumentFacts(db, access, paragraphs);
    return c.json(presentDocumentWithParagraphs(access, facts, paragraphs, numberingBaseline(db, access.doc.id)));
  })
  .get('/:id/paragraphs/:pid/attribution', (c) => {
    const user = requireUser(c);
    const { db, rooms } = c.var.services;
    const { doc } = loadDocumentAccess(db, user, c.req.param('id'));
    const spans = rooms.read(doc.id, (ydoc) => writtenSpans(ydoc, c.req.param('pid')));
    if (!spans) throw notFound('Paragraph');
    return c.json(attributeSpans(db, doc.id, doc.processId, spans).map(presentAttributedRun));
  });
