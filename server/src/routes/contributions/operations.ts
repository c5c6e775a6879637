import { briefContributionsResponse, contributionMatrixResponse } from '@plenary/shared/api/index';
import type { Operation } from '../openapi/operation.ts';

export const contributionOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/documents/{id}/contributions',
    summary:
      "Who contributed what to an issue brief: per agency that submitted a technical input (and every co-lead, even without one), its inputs by outcome (awaiting decision, incorporated, partly incorporated — with the co-lead's edit —, declined, withdrawn) and by type, with the brief's totals",
    response: briefContributionsResponse,
    responses: {
      200: 'The contributions, co-leads first',
      404: 'No such document, one the caller may not see (a brief before its publication, for delegations and observers), or the compact, which takes no inputs',
    },
  },
  {
    method: 'get',
    path: '/api/contributions',
    summary:
      "The agencies × briefs matrix of the caller's process: the briefs the caller may read, every GMG agency, and one cell per agency and brief where it submitted an input or is a co-lead, with its counts by outcome",
    response: contributionMatrixResponse,
    responses: {
      200: 'The matrix',
      403: 'Delegations and observers: the matrix is for the secretariat, the co-facilitators and the agencies',
    },
  },
];
