import { loginResponse, sessionResponse } from '@plenary/shared/api/index';
import { loginInput } from '@plenary/shared/validation/index';
import type { Operation } from '../openapi/operation.ts';

export const authOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/auth/login',
    summary: 'Sign in; sets the session cookie',
    body: loginInput,
    response: loginResponse,
    responses: { 200: 'Signed in', 401: 'Wrong email or password', 429: 'Too many attempts' },
  },
  {
    method: 'get',
    path: '/api/auth/session',
    summary: 'Whether the caller is signed in, and as whom (200 either way)',
    response: sessionResponse,
  },
  { method: 'post', path: '/api/auth/logout', summary: 'Sign out', status: 204, responses: { 204: 'Signed out' } },
];
