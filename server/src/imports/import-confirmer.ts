import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { rebaseProposal } from '@plenary/shared/diff/index';
import type { ConfirmZeroDraftInput, TableProposalInput } from '@plenary/shared/validation/index';
import type { Db, DbHandle } from '../db/client.ts';
import { documentImports } from '../db/schema.ts';
import type { DocumentImportRow } from '../db/types.ts';
import { conflict, notFound } from '../errors.ts';
import type { DocumentAccess, Participant } from '../policies/actors.ts';
import type { Services } from '../services.ts';
import { readParagraphs } from '../queries/paragraph-reader.ts';
import { tableProposals, type TabledProposal } from '../commands/proposal-tabler.ts';
import { createDocument } from '../commands/document-creator.ts';
import { audit } from '../commands/audit.ts';
import type { Stakeholder } from '../db/types.ts';
import type { AmendmentPreview } from './amendments/amendment-import.ts';
import { zeroDraftContent } from './zero-draft/zero-draft-content.ts';
import type { ZeroDraftReading } from './zero-draft/zero-draft-reader.ts';

/** A pending import of the caller's own; anyone else's is not found, a confirmed one is a conflict. */
export function loadOwnImport(db: Db, userId: string, importId: string): DocumentImportRow {
  const row = db
    .select()
    .from(documentImports)
    .where(and(eq(documentImports.id, importId), eq(documentImports.userId, userId)))
    .get();
  if (!row) throw notFound('Import');
  return row;
}

export function assertPending(row: DocumentImportRow): void {
  if (row.status !== 'pending') throw conflict('This import was already confirmed: upload the file again to make another.');
}

/**
 * Tables the proposals a Word file was read into, in the uploader's delegation's name, all in one transaction.
 * A paragraph that changed since the preview is rebased again; one whose change no longer applies stops the
 * whole import (409) so that nothing is half-tabled.
 */
export function confirmAmendments(
  services: Pick<Services, 'db' | 'rooms'>,
  access: DocumentAccess,
  tabling: Stakeholder,
  row: DocumentImportRow,
): TabledProposal[] {
  const preview = row.preview as AmendmentPreview;
  const current = new Map(readParagraphs(services, access.doc.id).map((p) => [p.pid, p]));
  const inputs: TableProposalInput[] = preview.proposals.map((proposal) => {
    const paragraph = current.get(proposal.pid);
    if (!paragraph) throw conflict(`${proposal.paragraphLabel} is no longer in the text: upload the file again to review its changes.`);
    const common = { pid: proposal.pid, justification: '', cosponsors: [] as string[] };
    if (proposal.kind === 'delete') return { ...common, kind: 'delete', text: undefined };
    if (proposal.kind === 'insert-after') return { ...common, kind: 'insert-after', text: proposal.text! };
    const rebased = rebaseProposal(proposal.currentText, proposal.text!, paragraph.text);
    if (rebased.status === 'conflict' || rebased.text === paragraph.text)
      throw conflict(`${paragraph.number} changed since the file was read and its change no longer applies: upload the file again.`);
    return { ...common, kind: 'amend', text: rebased.text };
  });
  if (inputs.length === 0) throw conflict('This file has no change to table.');
  return tableProposals(services, { access, tabling }, inputs, (tx, tabled) =>
    markConfirmed(tx, access.participant, row, { proposalIds: tabled.map((t) => t.id) }),
  );
}

/** Makes the new compact from the zero draft, as read or as the secretariat corrected the mapping. */
export function confirmZeroDraft(
  services: Pick<Services, 'db' | 'store'>,
  participant: Participant,
  row: DocumentImportRow,
  corrections: ConfirmZeroDraftInput,
): string {
  const read = row.preview as ZeroDraftReading;
  const title = corrections.title ?? read.title;
  const blocks = corrections.blocks ?? read.blocks;
  const documentId = randomUUID();
  services.db.transaction((tx) => {
    createDocument(
      {
        tx,
        store: services.store,
        creator: {
          userId: participant.user.id,
          stakeholderId: participant.stakeholder.id,
          role: participant.membership.role,
          source: 'server',
        },
      },
      { id: documentId, processId: row.processId, kind: 'compact', title, status: 'Zero draft' },
      zeroDraftContent({ title, blocks }),
    );
    markConfirmed(tx, participant, row, { documentId });
  });
  return documentId;
}

function markConfirmed(db: DbHandle, participant: Participant, row: DocumentImportRow, result: unknown): void {
  db.update(documentImports)
    .set({ status: 'confirmed', result, confirmedAt: new Date().toISOString() })
    .where(eq(documentImports.id, row.id))
    .run();
  audit(db, {
    participant,
    action: 'import.confirm',
    documentId: (result as { documentId?: string }).documentId ?? row.documentId ?? undefined,
    target: row.id,
    details: { kind: row.kind, ...(result as object) },
  });
}
