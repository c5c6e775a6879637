import { can, holdsPen } from '@plenary/shared/permissions/index';
import type { DocumentParagraph } from '@plenary/shared/document/index';
import type { DocumentDetailResponse, DocumentSummaryResponse } from '@plenary/shared/api/index';
import { FINAL_TEXT_STAGE } from '@plenary/shared/domain/index';
import type { DocumentAccess } from '../policies/actors.ts';
import type { SilenceProcedureRow } from '../db/types.ts';

/** The procedure that adopted the text, if one did: the text is then final and nobody changes it. */
export type Adoption = Pick<SilenceProcedureRow, 'revisionId' | 'endedAt'> | undefined;

export function presentDocument(
  access: DocumentAccess,
  penHolders: string[],
  paragraphCount: number,
  adoption: Adoption,
): DocumentSummaryResponse {
  const { doc, target, participant } = access;
  const open = adoption === undefined;
  return {
    id: doc.id,
    kind: doc.kind,
    title: doc.title,
    processId: doc.processId,
    status: open ? doc.status : FINAL_TEXT_STAGE,
    briefNumber: doc.briefNumber,
    penHolders,
    /** Lead agencies of a brief: with the caller's role and stakeholder, all the client needs to ask `can()`. */
    leadStakeholderIds: [...target.leadStakeholderIds],
    canEdit: open && holdsPen(participant.actor, target),
    canTable: open && can(participant.actor, 'table-proposal', target),
    canDecide: open && can(participant.actor, 'decide-proposal', target),
    lastActivityAt: doc.lastActivityAt,
    paragraphCount,
    adoptedAt: adoption?.endedAt ?? null,
    finalRevisionId: adoption?.revisionId ?? null,
  };
}

export function presentDocumentWithParagraphs(
  access: DocumentAccess,
  penHolders: string[],
  paragraphs: DocumentParagraph[],
  adoption: Adoption,
): DocumentDetailResponse {
  return { ...presentDocument(access, penHolders, paragraphs.length, adoption), paragraphs };
}
