import { z } from 'zod';
import { documentStatusesResponse, paragraphStatusResponse, statusTransitionResponse } from '@plenary/shared/api/index';
import { setParagraphStatusInput } from '@plenary/shared/validation/index';
import type { Operation } from '../openapi/operation.ts';

export const paragraphStatusOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/documents/{id}/statuses',
    summary: "Every paragraph's status, and how many paragraphs of the text stand in each (no status: open)",
    response: documentStatusesResponse,
  },
  {
    method: 'put',
    path: '/api/documents/{id}/paragraphs/{pid}/status',
    summary: 'Set a paragraph open, bracketed, agreed ad referendum or agreed (pen-holders); the same status again changes nothing',
    body: setParagraphStatusInput,
    response: paragraphStatusResponse,
    responses: { 200: "The paragraph's status", 404: 'No such document, or no such paragraph in its text' },
  },
  {
    method: 'get',
    path: '/api/documents/{id}/paragraphs/{pid}/status-history',
    summary: "Every change of the paragraph's status, oldest first, with who made it (reopened: it left an agreed state)",
    response: z.array(statusTransitionResponse),
  },
];
