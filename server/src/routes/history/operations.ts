import { paragraphHistoryResponse } from '@plenary/shared/api/index';
import type { Operation } from '../openapi/operation.ts';

export const historyOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/documents/{id}/paragraphs/{pid}/history',
    summary: "A paragraph's negotiating record: its text in every revision, its proposals and their fate, its status changes, its comments",
    response: paragraphHistoryResponse,
    responses: { 404: 'Never a paragraph of this document' },
  },
];
