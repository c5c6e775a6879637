import { Hono, type Context } from 'hono';
import { confirmZeroDraftInput } from '@plenary/shared/validation/index';
import type { AppEnv } from '../../http/env.ts';
import { ApiError, badRequest, forbidden } from '../../errors.ts';
import { readJson } from '../../http/json-body.ts';
import { readUpload } from '../../http/upload-body.ts';
import { currentParticipant, requireUser } from '../../http/session.ts';
import { loadDocumentAccess } from '../../queries/document-access.ts';
import { actingStakeholder } from '../../queries/proposal-access.ts';
import { readDocumentFacts } from '../../queries/document-facts.ts';
import { readParagraphs } from '../../queries/paragraph-reader.ts';
import { presentDocument } from '../../presenters/document.ts';
import { announceProposalChanges } from '../../announcers/proposal-announcer.ts';
import { MAX_DOCX_BYTES, UnreadableDocxError } from '../../imports/ooxml/docx-archive.ts';
import { EmptyZeroDraftError } from '../../imports/zero-draft/empty-zero-draft-error.ts';
import { assertPending, confirmAmendments, confirmZeroDraft, loadOwnImport } from '../../imports/import-confirmer.ts';
import type { DocumentAccess } from '../../policies/actors.ts';
import { assertMayTable, assertParagraphNotAgreed } from '../proposals/checks.ts';
import { assertTextNotFinal } from '../silence/checks.ts';
import { assertBriefTakesProposals } from '../brief-stages/checks.ts';

type Ctx = Context<AppEnv>;

const WORD_TYPES = ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/octet-stream'] as const;

async function readWordFile(c: Ctx): Promise<Uint8Array> {
  return readUpload(c, { maxBytes: MAX_DOCX_BYTES, types: WORD_TYPES, what: 'a Word file (.docx)' });
}

/** A file the server cannot read answers 400 with why; nothing of it is kept. */
function unreadable<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof UnreadableDocxError || error instanceof EmptyZeroDraftError)
      throw new ApiError(400, 'unreadable_file', error.message);
    throw error;
  }
}

/** What tabling a delegation's amendments asks, whether read from Word or typed: checked before and at confirmation. */
function assertMayTableAmendments(c: Ctx, access: DocumentAccess): void {
  assertMayTable(access);
  assertTextNotFinal(c.var.services, access.doc);
  assertBriefTakesProposals(access.doc);
}

function zeroDraftParticipant(c: Ctx) {
  const participant = currentParticipant(c);
  if (!participant || participant.membership.role !== 'secretariat') throw forbidden('Only the secretariat imports a zero draft.');
  return participant;
}

/** Word files in: a delegation's tracked changes as proposals, the secretariat's zero draft as a new text. */
export const importRoutes = new Hono<AppEnv>()
  .post('/documents/:id/imports/amendments', async (c) => {
    const access = loadDocumentAccess(c.var.services.db, requireUser(c), c.req.param('id'));
    assertMayTableAmendments(c, access);
    const file = await readWordFile(c);
    // The Word readers (an XML parser) load on the first import, not at start-up.
    const { previewAmendments } = await import('../../imports/amendments/amendment-import.ts');
    return c.json(
      unreadable(() => previewAmendments(c.var.services, access, file)),
      200,
    );
  })
  .post('/imports/zero-draft', async (c) => {
    const participant = zeroDraftParticipant(c);
    const file = await readWordFile(c);
    const { previewZeroDraft } = await import('../../imports/zero-draft/zero-draft-import.ts');
    return c.json(
      unreadable(() => previewZeroDraft(c.var.services, participant, file)),
      200,
    );
  })
  .post('/imports/:id/confirm', async (c) => {
    const user = requireUser(c);
    const { services } = c.var;
    const row = loadOwnImport(services.db, user.id, c.req.param('id'));
    if (row.kind === 'zero-draft') {
      const corrections = await readJson(c, confirmZeroDraftInput, { allowEmpty: true });
      const participant = zeroDraftParticipant(c);
      assertPending(row);
      const documentId = confirmZeroDraft(services, participant, row, corrections);
      const access = loadDocumentAccess(services.db, user, documentId);
      return c.json(presentDocument(access, readDocumentFacts(services.db, access, readParagraphs(services, documentId))), 201);
    }
    const text = await c.req.text();
    if (text.trim() !== '') throw badRequest('Confirming an amendments import takes no body.');
    const access = loadDocumentAccess(services.db, user, row.documentId!);
    assertMayTableAmendments(c, access);
    assertPending(row);
    const tabling = actingStakeholder(services.db, access.participant, undefined, 'table a proposal');
    const preview = row.preview as { proposals: { pid: string }[] };
    for (const proposal of preview.proposals) assertParagraphNotAgreed(services, access, proposal.pid);
    const tabled = confirmAmendments(services, access, tabling, row);
    announceProposalChanges(
      services,
      access,
      tabled.map((t) => ({ proposalId: t.id, pid: t.pid })),
      tabled.flatMap((t) => t.notifications),
    );
    return c.json({ proposalIds: tabled.map((t) => t.id) }, 201);
  });
