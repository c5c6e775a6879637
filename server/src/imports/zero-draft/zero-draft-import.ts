import { createHash, randomUUID } from 'node:crypto';
import type { JSONContent } from '@tiptap/core';
import type { ZeroDraftBlock, ZeroDraftImportResponse } from '@plenary/shared/api/index';
import { newPid } from '@plenary/shared/schema/index';
import type { Participant } from '../../policies/actors.ts';
import type { Services } from '../../services.ts';
import { documentImports } from '../../db/schema.ts';
import { audit } from '../../commands/audit.ts';
import { readDocxParts } from '../ooxml/docx-archive.ts';
import { readDocxParagraphs } from '../ooxml/docx-paragraphs.ts';
import { readZeroDraft, type ZeroDraftReading } from './zero-draft-reader.ts';

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

export class EmptyZeroDraftError extends Error {}

/** The text of a new compact: its title, then the blocks, each with a fresh paragraph id. */
export function zeroDraftContent({
  title,
  blocks,
}: ZeroDraftReading | { title: string; blocks: Omit<ZeroDraftBlock, 'typedNumber'>[] }): JSONContent {
  const inline = (text: string): JSONContent[] => [{ type: 'text', text }];
  return {
    type: 'doc',
    content: [
      { type: 'title', content: inline(title) },
      ...blocks.map((block) => ({
        type: block.type,
        attrs: block.type === 'subPoint' ? { pid: newPid(), level: block.level ?? 1 } : { pid: newPid() },
        content: inline(block.text),
      })),
    ],
  };
}
