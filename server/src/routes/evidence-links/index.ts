import { Hono, type Context } from 'hono';
import { createEvidenceLinkInput } from '@plenary/shared/validation/index';
import type { DocumentParagraph } from '@plenary/shared/document/index';
import type { AppEnv } from '../../http/env.ts';
import { conflict, notFound } from '../../errors.ts';
import { readJson } from '../../http/json-body.ts';
import { requireUser } from '../../http/session.ts';
import { documentTarget, findParticipant, loadDocumentAccess } from '../../queries/document-access.ts';
import { readParagraphs } from '../../queries/paragraph-reader.ts';
import { readLink, readLiveLinks, type EvidenceLinkRecord } from '../../queries/evidence-link-reader.ts';
import { loadLinkEnds, readableLinks } from '../../queries/evidence-link-access.ts';
import { createEvidenceLink } from '../../commands/evidence-link-creator.ts';
import { removeEvidenceLink } from '../../commands/evidence-link-remover.ts';
import { announceEvidenceChange } from '../../announcers/evidence-link-announcer.ts';
import { presentEvidenceLink, type EvidenceLinkViewer } from '../../presenters/evidence-link.ts';
import type { Participant } from '../../policies/actors.ts';
import { mayLinkEvidence } from '../../policies/evidence-link-policy.ts';
import { assertCitableInput, assertInText, assertMayLink, assertNotLinkedYet, loadNamedDocument, orderEnds } from './checks.ts';

type Ctx = Context<AppEnv>;

/** How the participant sees links: paragraphs read once per document per request. */
function viewerOf(c: Ctx, participant: Participant): EvidenceLinkViewer {
  const readings = new Map<string, DocumentParagraph[]>();
  return {
    paragraphsOf: (documentId) => {
      let paragraphs = readings.get(documentId);
      if (!paragraphs) readings.set(documentId, (paragraphs = readParagraphs(c.var.services, documentId)));
      return paragraphs;
    },
    mayRemove: (brief) => mayLinkEvidence(participant, { target: documentTarget(c.var.services.db, brief) }),
  };
}

function presentList(c: Ctx, participant: Participant, links: EvidenceLinkRecord[]) {
  const viewer = viewerOf(c, participant);
  return c.json(readableLinks(c.var.services.db, participant, links).map((link) => presentEvidenceLink(link, viewer)));
}

/** Evidence links: `/api/documents/:id/links`, `/api/documents/:id/paragraphs/:pid/links`, `/api/links/:id`. */
export const evidenceLinkRoutes = new Hono<AppEnv>()
  .get('/documents/:id/links', (c) => {
    const access = loadDocumentAccess(c.var.services.db, requireUser(c), c.req.param('id'));
    return presentList(c, access.participant, readLiveLinks(c.var.services.db, access.doc.id));
  })
  .get('/documents/:id/paragraphs/:pid/links', (c) => {
    const access = loadDocumentAccess(c.var.services.db, requireUser(c), c.req.param('id'));
    return presentList(c, access.participant, readLiveLinks(c.var.services.db, access.doc.id, c.req.param('pid')));
  })
  .post('/documents/:id/paragraphs/:pid/links', async (c) => {
    const input = await readJson(c, createEvidenceLinkInput);
    const { db } = c.var.services;
    const here = loadDocumentAccess(db, requireUser(c), c.req.param('id'));
    const { participant } = here;
    const there = loadNamedDocument(db, participant, input.documentId);
    const ends = orderEnds(here, there);
    assertMayLink(participant, ends);
    const pids =
      here === ends.compact ? { compact: c.req.param('pid'), brief: input.pid } : { compact: input.pid, brief: c.req.param('pid') };
    assertInText(readParagraphs(c.var.services, ends.compact.doc.id), pids.compact, ends.compact.doc);
    assertInText(readParagraphs(c.var.services, ends.brief.doc.id), pids.brief, ends.brief.doc);
    if (input.inputId) assertCitableInput(db, input.inputId, ends.brief, pids.brief);
    const link = {
      compactDocumentId: ends.compact.doc.id,
      compactPid: pids.compact,
      briefDocumentId: ends.brief.doc.id,
      briefPid: pids.brief,
      inputId: input.inputId ?? null,
    };
    assertNotLinkedYet(db, link);
    const id = createEvidenceLink(db, { participant, ...link });
    announceEvidenceChange(c.var.services, ends, id);
    return c.json(presentEvidenceLink(readLink(db, id)!, viewerOf(c, participant)), 201);
  })
  .delete('/links/:id', (c) => {
    const { db } = c.var.services;
    const user = requireUser(c);
    const link = readLink(db, c.req.param('id'));
    const participant = link && findParticipant(db, user, link.compact.processId);
    if (!link || !participant) throw notFound('Evidence link');
    const ends = loadLinkEnds(db, participant, link);
    assertMayLink(participant, ends);
    if (link.row.removedAt !== null || !removeEvidenceLink(db, { participant, link: link.row })) {
      throw conflict('This link was already removed.');
    }
    announceEvidenceChange(c.var.services, ends, link.row.id);
    return c.json(presentEvidenceLink(readLink(db, link.row.id)!, viewerOf(c, participant)));
  });
