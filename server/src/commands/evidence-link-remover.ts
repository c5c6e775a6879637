import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { evidenceLinks } from '../db/schema.ts';
import type { Participant } from '../policies/actors.ts';
import type { EvidenceLinkRow } from '../queries/evidence-link-reader.ts';
import { audit } from './audit.ts';

export interface RemoveEvidenceLinkProps {
  participant: Participant;
  link: EvidenceLinkRow;
}

/**
 * Marks a link removed, by whom and when; the row stays on record. Returns false when it was removed in the
 * meantime (the update found no live row), so that the caller answers 409.
 */
export function removeEvidenceLink(db: Db, { participant, link }: RemoveEvidenceLinkProps): boolean {
  return db.transaction((tx) => {
    const result = tx
      .update(evidenceLinks)
      .set({ removedByUserId: participant.user.id, removedAt: new Date().toISOString() })
      .where(and(eq(evidenceLinks.id, link.id), isNull(evidenceLinks.removedAt)))
      .run();
    if (result.changes === 0) return false;
    audit(tx, {
      participant,
      action: 'evidence.unlink',
      documentId: link.compactDocumentId,
      target: link.id,
      details: { compactPid: link.compactPid, briefDocumentId: link.briefDocumentId, briefPid: link.briefPid, inputId: link.inputId },
    });
    return true;
  });
}
