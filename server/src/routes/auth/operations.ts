import { loginResponse, sessionResponse } from '@plenary/shared/api/index';
import { loginInput } from '@plenary/shared/validation/index';
import type { Operation } from '../openapi/operation.ts';
import { oidcStartQuery } from './oidc.ts';

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
  {
    method: 'get',
    path: '/api/auth/oidc/start',
    summary: 'Sign in through the identity provider (a browser navigation): redirects to it with PKCE, state and nonce',
    query: oidcStartQuery,
    status: 302,
    responses: {
      302: 'To the provider; to /login?signInError=invitation for an unusable invitation, or signInError=provider if it cannot be reached',
      404: 'No identity provider is configured',
    },
  },
  {
    method: 'get',
    path: '/api/auth/oidc/callback',
    summary: "The identity provider's redirect back: signs in and redirects on, or to /login?signInError=<code>",
    status: 302,
    responses: {
      302: 'Signed in, to the page asked for; or refused, to /login?signInError=unknown-identity|state|nonce|email-unverified|deactivated|invitation|provider',
      404: 'No identity provider is configured',
    },
  },
];
