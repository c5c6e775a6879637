import type { ParagraphHistoryResponse } from '@plenary/shared/api/index';
import { request } from '../api/http.ts';

export type ParagraphHistory = ParagraphHistoryResponse;

export function getParagraphHistory(documentId: string, pid: string, signal?: AbortSignal): Promise<ParagraphHistory> {
  return request(`/api/documents/${encodeURIComponent(documentId)}/paragraphs/${encodeURIComponent(pid)}/history`, { signal });
}
