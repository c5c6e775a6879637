import type { RevisionDetailResponse as RevisionDetail, RevisionSummaryResponse as RevisionSummary } from '@plenary/shared/api/index';
import type { IssueRevisionInput } from '@plenary/shared/validation/index';
import { request } from './http.ts';

export type { RevisionDetail, RevisionSummary };

const revisionsPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/revisions`;

export function listRevisions(documentId: string, signal?: AbortSignal): Promise<RevisionSummary[]> {
  return request<RevisionSummary[]>(revisionsPath(documentId), { signal });
}

export function getRevision(documentId: string, revisionId: string, signal?: AbortSignal): Promise<RevisionDetail> {
  return request<RevisionDetail>(`${revisionsPath(documentId)}/${encodeURIComponent(revisionId)}`, { signal });
}

/** What the form sends: the fields as typed; the server cleans and checks them. */
export type IssueRevisionBody = { [K in keyof IssueRevisionInput]?: string };

export function issueRevision(documentId: string, body: IssueRevisionBody): Promise<RevisionDetail> {
  return request<RevisionDetail>(revisionsPath(documentId), { method: 'POST', body });
}
