import { request } from './http.ts';
import type { DocumentDetail, DocumentSummary } from './types.ts';

export function listDocuments(signal?: AbortSignal): Promise<DocumentSummary[]> {
  return request<DocumentSummary[]>('/api/documents', { signal });
}

export function getDocument(id: string, signal?: AbortSignal): Promise<DocumentDetail> {
  return request<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`, { signal });
}
