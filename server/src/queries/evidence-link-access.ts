import { eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client.ts';
import { documents } from '../db/schema.ts';
import type { DocumentRow } from '../db/types.ts';
import { notFound } from '../errors.ts';
import type { DocumentAccess, Participant } from '../policies/actors.ts';
import { maySeeDocument } from '../policies/brief-visibility-policy.ts';
import { documentTarget } from './document-access.ts';
import type { EvidenceLinkRecord } from './evidence-link-reader.ts';

/**
 * The participant's access to another document of the same process, or null when they may not see it (a
 * brief before its stage lets them, a document of another process, an unknown id): all answer alike, so that
 * an unreadable brief is never revealed.
 */
export function otherDocumentAccess(db: DbHandle, participant: Participant, documentId: string): DocumentAccess | null {
  const doc = db.select().from(documents).where(eq(documents.id, documentId)).get();
  if (!doc || doc.processId !== participant.membership.processId) return null;
  const target = documentTarget(db, doc);
  return maySeeDocument(participant.actor, target) ? { doc, target, participant } : null;
}

/** Reads each document's visibility once for a list of links. */
export function documentReadability(db: DbHandle, participant: Participant): (doc: DocumentRow) => boolean {
  const known = new Map<string, boolean>();
  return (doc) => {
    let readable = known.get(doc.id);
    if (readable === undefined) {
      readable = doc.processId === participant.membership.processId && maySeeDocument(participant.actor, documentTarget(db, doc));
      known.set(doc.id, readable);
    }
    return readable;
  };
}

/** The links whose both ends the participant may read: a delegate sees links to published briefs only. */
export function readableLinks(db: DbHandle, participant: Participant, links: EvidenceLinkRecord[]): EvidenceLinkRecord[] {
  const readable = documentReadability(db, participant);
  return links.filter((link) => readable(link.compact) && readable(link.brief));
}

/** Both ends of a link, as the participant may act on them; 404 when either is out of their sight. */
export function loadLinkEnds(
  db: DbHandle,
  participant: Participant,
  link: EvidenceLinkRecord,
): { compact: DocumentAccess; brief: DocumentAccess } {
  const compact = otherDocumentAccess(db, participant, link.compact.id);
  const brief = otherDocumentAccess(db, participant, link.brief.id);
  if (!compact || !brief) throw notFound('Evidence link');
  return { compact, brief };
}
