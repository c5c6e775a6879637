import { createHash, randomUUID } from 'node:crypto';
import type { AmendmentImportResponse } from '@plenary/shared/api/index';
import type { DocumentAccess } from '../../policies/actors.ts';
import type { Services } from '../../services.ts';
import { documentImports } from '../../db/schema.ts';
import { readParagraphs } from '../../queries/paragraph-reader.ts';
import { audit } from '../../commands/audit.ts';
import { readDocxParts } from '../ooxml/docx-archive.ts';
import { readDocxParagraphs } from '../ooxml/docx-paragraphs.ts';
import { readAmendments, type ImportedProposal } from './amendment-reader.ts';

/** What an amendments import keeps until it is confirmed: the proposals and the paragraph each was read against. */
export interface AmendmentPreview {
  proposals: (ImportedProposal & { currentText: string })[];
  unmatched: { text: string; reason: string }[];
}

/** Reads a delegation's Word file into the proposals it will table, and keeps the reading until it is confirmed. */
export function previewAmendments(
  services: Pick<Services, 'db' | 'rooms'>,
  access: DocumentAccess,
  file: Uint8Array,
): AmendmentImportResponse {
  const paragraphs = readDocxParagraphs(readDocxParts(file).document);
  const current = readParagraphs(services, access.doc.id);
  const reading = readAmendments(paragraphs, current);
  const textOf = new Map(current.map((p) => [p.pid, p.text]));
  const preview: AmendmentPreview = {
    proposals: reading.proposals.map((p) => ({ ...p, currentText: textOf.get(p.pid) ?? '' })),
    unmatched: reading.unmatched,
  };
  const id = randomUUID();
  const { participant, doc } = access;
  services.db.transaction((tx) => {
    tx.insert(documentImports)
      .values({
        id,
        kind: 'amendments',
        processId: doc.processId,
        documentId: doc.id,
        userId: participant.user.id,
        stakeholderId: participant.stakeholder.id,
        role: participant.membership.role,
        sha256: createHash('sha256').update(file).digest('hex'),
        preview,
        status: 'pending',
      })
      .run();
    audit(tx, {
      participant,
      action: 'import.read',
      documentId: doc.id,
      target: id,
      details: { kind: 'amendments', proposals: preview.proposals.length, unmatched: preview.unmatched.length },
    });
  });
  return { id, documentId: doc.id, proposals: reading.proposals, unmatched: reading.unmatched };
}
