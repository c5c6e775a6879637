import type { CompareResponse } from '@plenary/shared/api/index';
import { request } from '../api/http.ts';

export type { CompareResponse };

/** The text a side of the comparison reads: a revision's id, or the live text. */
export const LIVE = 'live';

export function getComparison(documentId: string, from: string, to: string, signal?: AbortSignal): Promise<CompareResponse> {
  const query = new URLSearchParams({ from, to });
  return request(`/api/documents/${encodeURIComponent(documentId)}/compare?${query}`, { signal });
}
