import { meResponse, sessionsResponse } from '@plenary/shared/api/index';
import { currentProcessInput } from '@plenary/shared/validation/index';
import type { Operation } from '../openapi/operation.ts';

export const meOperations: Operation[] = [
  { method: 'get', path: '/api/me', summary: 'The user, their stakeholder, role and capacity, and their processes', response: meResponse },
  {
    method: 'put',
    path: '/api/me/process',
    summary: 'The process this device works in',
    body: currentProcessInput,
    response: meResponse,
    responses: { 403: 'Not a participant in that process' },
  },
  { method: 'get', path: '/api/me/sessions', summary: 'The devices the user is signed in on', response: sessionsResponse },
  {
    method: 'delete',
    path: '/api/me/sessions/{id}',
    summary: 'Sign one device out: its sockets and event streams end at once',
    status: 204,
    responses: { 204: 'Signed out', 404: 'No such session of yours' },
  },
];
