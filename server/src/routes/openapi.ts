import { Hono } from 'hono';
import { z } from 'zod';
import * as inputs from '@plenary/shared/validation/index';
import type { AppEnv } from '../http/env.ts';

interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  body?: z.ZodType;
  responses?: Record<string, string>;
}

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) } } });
const pick = (name: string) => (inputs as Record<string, unknown>)[name] as z.ZodType | undefined;

/** Every public operation. Request bodies come from the same zod schemas the routes validate with. */
const OPERATIONS: Operation[] = [
  { method: 'post', path: '/api/auth/login', summary: 'Sign in; sets the session cookie', body: inputs.loginInput, responses: { 200: 'Signed in', 401: 'Wrong email or password', 429: 'Too many attempts' } },
  { method: 'post', path: '/api/auth/logout', summary: 'Sign out', responses: { 204: 'Signed out' } },
  { method: 'get', path: '/api/me', summary: 'The user, their stakeholder, role and capacity' },
  { method: 'get', path: '/api/documents', summary: 'Documents of the processes the user takes part in' },
  { method: 'get', path: '/api/documents/{id}', summary: 'A document with its numbered paragraphs' },
  { method: 'get', path: '/api/events', summary: 'Server-sent events: what changed that the user may know about' },
  { method: 'get', path: '/api/admin/stakeholders', summary: 'All stakeholders' },
  { method: 'post', path: '/api/admin/users', summary: 'Create an account (secretariat)', body: inputs.createUserInput, responses: { 201: 'Created', 403: 'Not the secretariat', 409: 'Email taken' } },
  { method: 'post', path: '/api/documents/{id}/proposals', summary: 'Table a proposal on a paragraph', body: pick('tableProposalInput'), responses: { 201: 'Tabled' } },
  { method: 'get', path: '/api/documents/{id}/proposals', summary: 'Proposals the caller may see, with status' },
  ...['accept', 'reject', 'withdraw', 'support', 'oppose', 'supersede'].map((action) => ({
    method: 'post' as const,
    path: `/api/proposals/{id}/${action}`,
    summary: `${action[0].toUpperCase()}${action.slice(1)} a proposal`,
  })),
  { method: 'post', path: '/api/documents/{id}/threads', summary: 'Open a comment thread in a visibility layer', body: pick('createThreadInput'), responses: { 201: 'Opened' } },
  { method: 'get', path: '/api/documents/{id}/threads', summary: 'Threads the caller may read' },
  { method: 'get', path: '/api/notifications', summary: "The caller's notifications" },
];

function buildDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const responses = Object.fromEntries(
      Object.entries(op.responses ?? { 200: 'OK' }).map(([status, description]) => [status, { description }]),
    );
    const error = { description: 'Error: `{ "error": { "code", "message" } }`' };
    paths[op.path] ??= {};
    paths[op.path][op.method] = {
      summary: op.summary,
      ...(op.body ? { requestBody: { required: true, ...json(op.body) } } : {}),
      responses: { ...responses, 400: error, 401: error, 403: error, 404: error },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Plenary API', version: '1.0.0', description: 'Session cookie auth; state-changing requests must send Origin.' },
    paths,
  };
}

export const openApiRoutes = new Hono<AppEnv>().get('/', (c) => c.json(buildDocument()));
