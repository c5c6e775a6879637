import { z } from 'zod';
import { briefStageChangeResponse, documentSummaryResponse } from '@plenary/shared/api/index';
import { setBriefStageInput } from '@plenary/shared/validation/index';
import type { Operation } from '../openapi/operation.ts';

export const briefStageOperations: Operation[] = [
  {
    method: 'put',
    path: '/api/documents/{id}/stage',
    summary:
      'Move an issue brief through its lifecycle (draft → circulated → finalization → endorsed → published, and back from circulated or finalization): the co-leads move it, the secretariat endorses and publishes; an inputs deadline goes with circulation',
    body: setBriefStageInput,
    response: documentSummaryResponse,
    responses: {
      200: 'The brief in its new stage',
      403: 'Not a co-lead of the brief, or not the secretariat for endorsement and publication',
      404: 'No such document, or one the caller may not see',
      409: 'A move the brief does not make from its stage, or the compact, which has no stage',
    },
  },
  {
    method: 'get',
    path: '/api/documents/{id}/stage-history',
    summary: 'Every move of the brief through its lifecycle, oldest first, with who made it and when',
    response: z.array(briefStageChangeResponse),
    responses: { 200: 'The moves', 404: 'No such document, or one the caller may not see', 409: 'The compact, which has no stage' },
  },
];
