import type { ActorResponse, RevisionDetailResponse, RevisionSummaryResponse } from '@plenary/shared/api/index';
import type { ParagraphStatus, ProposalStatus } from '@plenary/shared/domain/index';
import type { RevisionRow } from '../db/types.ts';
import type { ActorRef } from '../queries/actor-reader.ts';

export function revisionIssuer(row: RevisionRow): ActorRef {
  return { userId: row.issuedByUserId, stakeholderId: row.issuedByStakeholderId, role: row.issuedByRole };
}

export function presentRevision(row: RevisionRow, issuedBy: ActorResponse): RevisionSummaryResponse {
  return {
    id: row.id,
    documentId: row.documentId,
    sequence: row.sequence,
    name: row.name,
    symbol: row.symbol,
    issuedOn: row.issuedOn,
    coverNote: row.coverNote,
    issuedBy,
    createdAt: row.createdAt,
    paragraphCount: row.blocks.filter((block) => block.pid && block.number).length,
  };
}

export function presentRevisionDetail(row: RevisionRow, issuedBy: ActorResponse): RevisionDetailResponse {
  return {
    ...presentRevision(row, issuedBy),
    blocks: row.blocks.map(({ pid, type, level, number, margin, text, runs }) => ({ pid, type, level, number, margin, text, runs })),
    previousNumbers: row.previousNumbers,
    proposals: row.proposals.map((p) => ({ ...p, status: p.status as ProposalStatus })),
    statuses: row.statuses as Record<string, ParagraphStatus>,
  };
}
