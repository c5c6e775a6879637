import type { BriefContributionsResponse, ContributionMatrixResponse } from '@plenary/shared/api/index';
import { request } from '../api/http.ts';

export type BriefContributions = BriefContributionsResponse;
export type ContributionMatrix = ContributionMatrixResponse;
export type ContributionCell = ContributionMatrix['cells'][number];

export function getContributionMatrix(signal?: AbortSignal): Promise<ContributionMatrix> {
  return request('/api/contributions', { signal });
}

export function getBriefContributions(documentId: string, signal?: AbortSignal): Promise<BriefContributions> {
  return request(`/api/documents/${encodeURIComponent(documentId)}/contributions`, { signal });
}
