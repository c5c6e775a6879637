import type { AttributedRunResponse as AttributionRun } from '@plenary/shared/api/index';
import { request } from './http.ts';

export type { AttributionRun };

export function getParagraphAttribution(documentId: string, pid: string, signal?: AbortSignal): Promise<AttributionRun[]> {
  return request<AttributionRun[]>(`/api/documents/${encodeURIComponent(documentId)}/paragraphs/${encodeURIComponent(pid)}/attribution`, {
    signal,
  });
}
