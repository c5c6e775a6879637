import type { AmendmentConfirmResponse, DocumentSummaryResponse } from '@plenary/shared/api/index';
import type { ZeroDraftBlock } from '@plenary/shared/api/index';
import { request } from '../api/http.ts';

export function confirmAmendmentImport(importId: string): Promise<AmendmentConfirmResponse> {
  return request(`/api/imports/${encodeURIComponent(importId)}/confirm`, { method: 'POST' });
}

export function confirmZeroDraftImport(
  importId: string,
  corrections: { title: string; blocks: Pick<ZeroDraftBlock, 'type' | 'text' | 'level'>[] },
): Promise<DocumentSummaryResponse> {
  return request(`/api/imports/${encodeURIComponent(importId)}/confirm`, { method: 'POST', body: corrections });
}
