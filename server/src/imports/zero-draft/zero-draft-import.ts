import { createHash, randomUUID } from 'node:crypto';
import type { ZeroDraftImportResponse } from '@plenary/shared/api/index';
import type { Participant } from '../../policies/actors.ts';
import type { Services } from '../../services.ts';
import { documentImports } from '../../db/schema.ts';
import { audit } from '../../commands/audit.ts';
import { readDocxParts } from '../ooxml/docx-archive.ts';
import { readDocxParagraphs } from '../ooxml/docx-paragraphs.ts';
import { readZeroDraft } from './zero-draft-reader.ts';
import { EmptyZeroDraftError } from './empty-zero-draft-error.ts';

/** Reads the secretariat's Word file into the mapping to review, kept until it is confirmed. */
export function previewZeroDraft(services: Pick<Services, 'db'>, participant: Participant, file: Uint8Array): ZeroDraftImportResponse {
  const parts = readDocxParts(file);
  const reading = readZeroDraft(readDocxParagraphs(parts.document, parts.styles));
  if (!reading.blocks.some((b) => b.type !== 'sectionHeading'))
    throw new EmptyZeroDraftError('This Word file has no paragraphs to make a text of.');
  const id = randomUUID();
  services.db.transaction((tx) => {
    tx.insert(documentImports)
      .values({
        id,
        kind: 'zero-draft',
        processId: participant.membership.processId,
        documentId: null,
        userId: participant.user.id,
        stakeholderId: participant.stakeholder.id,
        role: participant.membership.role,
        sha256: createHash('sha256').update(file).digest('hex'),
        preview: reading,
        status: 'pending',
      })
      .run();
    audit(tx, { participant, action: 'import.read', target: id, details: { kind: 'zero-draft', blocks: reading.blocks.length } });
  });
  return { id, ...reading };
}
