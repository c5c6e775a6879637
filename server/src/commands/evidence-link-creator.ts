import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { evidenceLinks } from '../db/schema.ts';
import type { Participant } from '../policies/actors.ts';
import { audit } from './audit.ts';

export interface CreateEvidenceLinkProps {
  participant: Participant;
  compactDocumentId: string;
  compactPid: string;
  briefDocumentId: string;
  briefPid: string;
  /** The incorporated input whose words in the brief paragraph are the evidence; null for the paragraph itself. */
  inputId: string | null;
}

/** Records a link from a compact paragraph to its evidence in a brief, with its audit row; returns its id. */
export function createEvidenceLink(db: Db, { participant, ...ends }: CreateEvidenceLinkProps): string {
  const id = randomUUID();
  db.transaction((tx) => {
    tx.insert(evidenceLinks)
      .values({
        id,
        ...ends,
        createdByUserId: participant.user.id,
        createdByStakeholderId: participant.stakeholder.id,
        createdByRole: participant.membership.role,
      })
      .run();
    audit(tx, { participant, action: 'evidence.link', documentId: ends.compactDocumentId, target: id, details: { ...ends } });
  });
  return id;
}
