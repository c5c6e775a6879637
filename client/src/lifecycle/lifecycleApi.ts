import type { BriefStage } from '@plenary/shared/domain/index';
import type { SetBriefStageInput } from '@plenary/shared/validation/index';
import { request } from '../api/http.ts';
import type { DocumentSummary } from '../api/types.ts';

/** Moves a brief to another stage of its lifecycle; the answer is the brief as it now stands. */
export function moveBriefStage(documentId: string, stage: BriefStage, inputsDeadline?: string): Promise<DocumentSummary> {
  const body: SetBriefStageInput = inputsDeadline ? { stage, inputsDeadline } : { stage };
  return request<DocumentSummary>(`/api/documents/${encodeURIComponent(documentId)}/stage`, { method: 'PUT', body });
}
