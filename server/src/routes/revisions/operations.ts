import { z } from 'zod';
import { revisionDetailResponse, revisionSummaryResponse } from '@plenary/shared/api/index';
import { issueRevisionInput } from '@plenary/shared/validation/index';
import type { Operation } from '../openapi/operation.ts';

export const revisionOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/documents/{id}/revisions',
    summary: 'The revisions issued on the document, first issued first',
    response: z.array(revisionSummaryResponse),
  },
  {
    method: 'post',
    path: '/api/documents/{id}/revisions',
    summary: 'Issue a revision (pen-holders): freezes the text with clean numbers, the proposals and the paragraph statuses',
    body: issueRevisionInput,
    response: revisionDetailResponse,
    status: 201,
    responses: { 201: 'Issued', 403: 'Only pen-holders issue revisions', 409: 'A revision of that name exists' },
  },
  {
    method: 'get',
    path: '/api/documents/{id}/revisions/{revisionId}',
    summary: 'One revision as it was issued: its text with its own numbers, proposals and statuses',
    response: revisionDetailResponse,
    responses: { 404: 'No such revision on this document' },
  },
];
