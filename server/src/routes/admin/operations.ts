import { createdUserResponse } from '@plenary/shared/api/index';
import { createUserInput } from '@plenary/shared/validation/index';
import type { Operation } from '../openapi/operation.ts';

export const adminOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/admin/users',
    summary: 'Create an account (secretariat)',
    body: createUserInput,
    response: createdUserResponse,
    status: 201,
    responses: { 201: 'Created', 403: 'Not the secretariat', 409: 'Email taken' },
  },
];
