import { auditLogResponse } from '@plenary/shared/api/index';
import { auditLogQuery } from '@plenary/shared/validation/index';
import type { Operation } from '../openapi/operation.ts';

export const auditOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/documents/{id}/audit',
    summary:
      "The document's audit log, newest first (its pen-holders and the secretariat): filter by user, stakeholder, action and pid; page with limit and the before cursor",
    query: auditLogQuery,
    response: auditLogResponse,
    responses: { 200: 'A page of entries', 400: 'A malformed filter', 403: 'Not a pen-holder of the document nor the secretariat' },
  },
];
