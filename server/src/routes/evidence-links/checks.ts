import { eq } from 'drizzle-orm';
import type { DbHandle } from '../../db/client.ts';
import { technicalInputs } from '../../db/schema.ts';
import { badRequest, conflict, forbidden, notFound } from '../../errors.ts';
import type { DocumentAccess, Participant } from '../../policies/actors.ts';
import { mayLinkEvidence } from '../../policies/evidence-link-policy.ts';
import { otherDocumentAccess } from '../../queries/evidence-link-access.ts';
import { findLiveLink } from '../../queries/evidence-link-reader.ts';

export interface LinkEnds {
  compact: DocumentAccess;
  brief: DocumentAccess;
}

/** The document named in the body, as the caller may see it: 404 for anything out of their sight. */
export function loadNamedDocument(db: DbHandle, participant: Participant, documentId: string): DocumentAccess {
  const access = otherDocumentAccess(db, participant, documentId);
  if (!access) throw notFound(`Document "${documentId}"`);
  return access;
}

/** One end must be the compact, the other a brief: 400 otherwise. */
export function orderEnds(here: DocumentAccess, there: DocumentAccess): LinkEnds {
  if (here.doc.kind === 'compact' && there.doc.kind === 'brief') return { compact: here, brief: there };
  if (here.doc.kind === 'brief' && there.doc.kind === 'compact') return { compact: there, brief: here };
  const both = here.doc.kind === 'compact' ? 'the compact' : 'briefs';
  throw badRequest(`A link joins a paragraph of the compact to a paragraph of an issue brief; both documents here are ${both}.`);
}

export function assertMayLink(participant: Participant, ends: LinkEnds): void {
  if (!mayLinkEvidence(participant, ends.brief)) {
    throw forbidden("Only the compact's pen-holders, and the co-leads of the brief, link compact paragraphs to its evidence.");
  }
}

/** Both paragraphs must be in their documents' current text (400 naming which is not). */
export function assertInText(paragraphs: { pid: string }[], pid: string, doc: DocumentAccess['doc']): void {
  if (!paragraphs.some((p) => p.pid === pid)) throw badRequest(`Paragraph "${pid}" is not in the current text of ${doc.title}.`);
}

/**
 * An input named as the evidence must be one of the brief's, taken in (incorporated, as submitted or edited),
 * with its words in the linked paragraph.
 */
export function assertCitableInput(db: DbHandle, inputId: string, brief: DocumentAccess, briefPid: string): void {
  const input = db.select().from(technicalInputs).where(eq(technicalInputs.id, inputId)).get();
  if (!input || input.documentId !== brief.doc.id) throw badRequest(`Input "${inputId}" is not an input to ${brief.doc.title}.`);
  const incorporated = input.status === 'incorporated' || input.status === 'incorporated-with-edit';
  if (!incorporated) {
    const state = input.status === 'submitted' ? 'has not been decided yet' : `is ${input.status}`;
    throw conflict(`Only an incorporated input can be cited as evidence; input ${input.seq} ${state}.`);
  }
  if (input.resultPid !== briefPid) throw badRequest(`The words of input ${input.seq} are not in paragraph "${briefPid}" of the brief.`);
}

export function assertNotLinkedYet(db: DbHandle, ends: Parameters<typeof findLiveLink>[1]): void {
  if (findLiveLink(db, ends)) throw conflict('These paragraphs are already linked.');
}
