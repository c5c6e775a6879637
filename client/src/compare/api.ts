import type { CompareResponse, RevisionSummaryResponse } from '@plenary/shared/api/index';
import { request } from '../api/http.ts';

export type { CompareResponse, RevisionSummaryResponse as RevisionSummary };

/** The text a side of the comparison reads: a revision's id, or the live text. */
export const LIVE = 'live';

export function listRevisions(documentId: string, signal?: AbortSignal): Promise<RevisionSummaryResponse[]> {
  return request(`/api/documents/${encodeURIComponent(documentId)}/revisions`, { signal });
}

export function getComparison(documentId: string, from: string, to: string, signal?: AbortSignal): Promise<CompareResponse> {
  const query = new URLSearchParams({ from, to });
  return request(`/api/documents/${encodeURIComponent(documentId)}/compare?${query}`, { signal });
}
