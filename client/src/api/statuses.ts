import type {
  DocumentStatusesResponse,
  ParagraphStatusResponse,
  StatusCountsResponse,
  StatusTransitionResponse,
} from '@plenary/shared/api/index';
import type { ParagraphStatus } from '@plenary/shared/domain/index';
import { request } from './http.ts';

export type {
  ParagraphStatusResponse as ParagraphStatusEntry,
  StatusCountsResponse as StatusCounts,
  StatusTransitionResponse as StatusTransition,
};

const paragraphPath = (documentId: string, pid: string) =>
  `/api/documents/${encodeURIComponent(documentId)}/paragraphs/${encodeURIComponent(pid)}`;

export function getStatuses(documentId: string, signal?: AbortSignal): Promise<DocumentStatusesResponse> {
  return request<DocumentStatusesResponse>(`/api/documents/${encodeURIComponent(documentId)}/statuses`, { signal });
}

export function getStatusHistory(documentId: string, pid: string, signal?: AbortSignal): Promise<StatusTransitionResponse[]> {
  return request<StatusTransitionResponse[]>(`${paragraphPath(documentId, pid)}/status-history`, { signal });
}

export function setParagraphStatus(
  documentId: string,
  pid: string,
  status: ParagraphStatus,
  note?: string,
): Promise<ParagraphStatusResponse> {
  return request<ParagraphStatusResponse>(`${paragraphPath(documentId, pid)}/status`, {
    method: 'PUT',
    body: note ? { status, note } : { status },
  });
}
