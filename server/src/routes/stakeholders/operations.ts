import { z } from 'zod';
import { mentionCandidateResponse, stakeholderResponse } from '@plenary/shared/api/index';
import type { Operation } from '../openapi/operation.ts';

export const stakeholderOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/stakeholders',
    summary: 'Stakeholders matching ?q=, for @-mentions',
    response: z.array(mentionCandidateResponse),
  },
  {
    method: 'get',
    path: '/api/stakeholders/all',
    summary: 'Every stakeholder, for co-sponsor and group pickers',
    response: z.array(stakeholderResponse),
  },
];
