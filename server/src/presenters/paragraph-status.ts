import { isReopening, type ParagraphStatus } from '@plenary/shared/domain/index';
import type { ActorResponse, DocumentStatusesResponse, ParagraphStatusResponse, StatusTransitionResponse } from '@plenary/shared/api/index';
import type { StatusChangeRecord } from '../queries/paragraph-statuses.ts';

function presentActor({ row, userName, stakeholderName }: StatusChangeRecord): ActorResponse {
  return { userId: row.userId, userName, stakeholderId: row.stakeholderId, stakeholder: stakeholderName, role: row.role };
}

/** Where a paragraph stands: the status of its latest change, or open when it has none. */
export function presentParagraphStatus(pid: string, latest: StatusChangeRecord | undefined): ParagraphStatusResponse {
  if (!latest) return { pid, status: 'open', changedAt: null, changedBy: null };
  return { pid, status: latest.row.status, changedAt: latest.row.at, changedBy: presentActor(latest) };
}

export function presentDocumentStatuses(
  latest: readonly StatusChangeRecord[],
  counts: Record<ParagraphStatus, number>,
): DocumentStatusesResponse {
  return { statuses: latest.map((record) => presentParagraphStatus(record.row.pid, record)), counts };
}

export function presentStatusTransition(record: StatusChangeRecord): StatusTransitionResponse {
  const { row } = record;
  return {
    id: row.id,
    pid: row.pid,
    from: row.previousStatus,
    to: row.status,
    reopened: isReopening(row.previousStatus, row.status),
    note: row.note,
    actor: presentActor(record),
    at: row.at,
  };
}
