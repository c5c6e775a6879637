import { meResponse } from '@plenary/shared/api/index';
import type { Operation } from '../openapi/operation.ts';

export const meOperations: Operation[] = [
  { method: 'get', path: '/api/me', summary: 'The user, their stakeholder, role and capacity', response: meResponse },
];
