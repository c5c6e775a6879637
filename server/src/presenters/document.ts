import { can, holdsPen } from '@plenary/shared/permissions/index';
import type { DocumentParagraph } from '@plenary/shared/document/index';
import type {
  CurrentRevisionResponse,
  DocumentDetailResponse,
  DocumentSummaryResponse,
  NumberingResponse,
  StatusCountsResponse,
} from '@plenary/shared/api/index';
import type { Numbering } from '../queries/numbering-baseline.ts';
import type { DocumentAccess } from '../policies/actors.ts';

/** What the document says besides its own row: who holds the pen, how many paragraphs in which state, its last revision. */
export interface DocumentFacts {
  penHolders: string[];
  paragraphCount: number;
  statusCounts: StatusCountsResponse;
  revision: CurrentRevisionResponse | undefined;
}

export function presentDocument(
  access: DocumentAccess,
  { penHolders, paragraphCount, statusCounts, revision }: DocumentFacts,
): DocumentSummaryResponse {
  const { doc, target, participant } = access;
  return {
    id: doc.id,
    kind: doc.kind,
    title: doc.title,
    processId: doc.processId,
    status: doc.status,
    briefNumber: doc.briefNumber,
    penHolders,
    /** Lead agencies of a brief: with the caller's role and stakeholder, all the client needs to ask `can()`. */
    leadStakeholderIds: [...target.leadStakeholderIds],
    canEdit: holdsPen(participant.actor, target),
    canTable: can(participant.actor, 'table-proposal', target),
    canDecide: can(participant.actor, 'decide-proposal', target),
    lastActivityAt: doc.lastActivityAt,
    paragraphCount,
    statusCounts,
    currentRevision: revision ?? null,
  };
}

function presentNumbering(numbering: Numbering | null): NumberingResponse | null {
  if (!numbering) return null;
  return {
    revisionId: numbering.revisionId,
    baseline: numbering.baseline.map(({ pid, type, level, label, margin }) => ({ pid, type, level: level ?? null, label, margin })),
    previousNumbers: numbering.previousNumbers,
  };
}

export function presentDocumentWithParagraphs(
  access: DocumentAccess,
  facts: Omit<DocumentFacts, 'paragraphCount'>,
  paragraphs: DocumentParagraph[],
  numbering: Numbering | null,
): DocumentDetailResponse {
  return {
    ...presentDocument(access, { ...facts, paragraphCount: paragraphs.length }),
    paragraphs,
    numbering: presentNumbering(numbering),
  };
}
