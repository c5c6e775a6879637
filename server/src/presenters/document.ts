import { can, holdsPen } from '@plenary/shared/permissions/index';
import type { DocumentParagraph } from '@plenary/shared/document/index';
import type { DocumentDetailResponse, DocumentSummaryResponse, StatusCountsResponse } from '@plenary/shared/api/index';
import type { DocumentAccess } from '../policies/actors.ts';

export function presentDocument(
  access: DocumentAccess,
  penHolders: string[],
  paragraphCount: number,
  statusCounts: StatusCountsResponse,
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
  };
}

export function presentDocumentWithParagraphs(
  access: DocumentAccess,
  penHolders: string[],
  paragraphs: DocumentParagraph[],
  statusCounts: StatusCountsResponse,
): DocumentDetailResponse {
  return { ...presentDocument(access, penHolders, paragraphs.length, statusCounts), paragraphs };
}
