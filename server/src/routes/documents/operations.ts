import { z } from 'zod';
import { attributedRunResponse, documentDetailResponse, documentSummaryResponse } from '@plenary/shared/api/index';
import type { Operation } from '../openapi/operation.ts';

export const documentOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/documents',
    summary: 'Documents of the processes the user takes part in',
    response: z.array(documentSummaryResponse),
  },
  { method: 'get', path: '/api/documents/{id}', summary: 'A document with its numbered paragraphs', response: documentDetailResponse },
  {
    method: 'get',
    path: '/api/documents/{id}/paragraphs/{pid}/attribution',
    summary: 'Who wrote each word of the paragraph now: runs of text with their writer and time',
    response: z.array(attributedRunResponse),
    responses: { 200: 'Runs', 404: 'No such paragraph' },
  },
];
