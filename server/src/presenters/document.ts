import { can, holdsPen, stageTakesProposals } from '@plenary/shared/permissions/index';
import type { DocumentParagraph } from '@plenary/shared/document/index';
import type { DocumentDetailResponse, DocumentSummaryResponse, NumberingResponse } from '@plenary/shared/api/index';
import type { Numbering } from '../queries/numbering-baseline.ts';
import { FINAL_TEXT_STAGE } from '@plenary/shared/domain/index';
import type { DocumentAccess } from '../policies/actors.ts';
import type { DocumentFacts } from '../queries/document-facts.ts';

export function presentDocument(
  access: DocumentAccess,
  { penHolders, paragraphCount, statusCounts, revision, adoption, silence }: DocumentFacts,
): DocumentSummaryResponse {
  const { doc, target, participant } = access;
  const open = adoption === undefined;
  return {
    id: doc.id,
    kind: doc.kind,
    title: doc.title,
    processId: doc.processId,
    status: open ? doc.status : FINAL_TEXT_STAGE,
    stage: target.stage ?? null,
    inputsDeadline: doc.inputsDeadline,
    briefNumber: doc.briefNumber,
    penHolders,
    /** Lead agencies of a brief: with the caller's role and stakeholder, all the client needs to ask `can()`. */
    leadStakeholderIds: [...target.leadStakeholderIds],
    canEdit: open && holdsPen(participant.actor, target),
    canTable: open && stageTakesProposals(target.stage) && can(participant.actor, 'table-proposal', target),
    canDecide: open && can(participant.actor, 'decide-proposal', target),
    lastActivityAt: doc.lastActivityAt,
    paragraphCount,
    statusCounts,
    adoptedAt: adoption?.endedAt ?? null,
    finalRevisionId: adoption?.revisionId ?? null,
    underSilenceUntil: silence?.deadline ?? null,
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
