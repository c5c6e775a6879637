import { Hono } from 'hono';
import { z } from 'zod';
import * as inputs from '@plenary/shared/validation/index';
import type { AppEnv } from '../../http/env.ts';

interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  body?: z.ZodType;
  responses?: Record<string, string>;
}

const json = (schema: z.ZodType) => ({
  content: { 'application/json': { schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) } },
});

/** Every public operation. Request bodies come from the same zod schemas the routes validate with. */
const OPERATIONS: Operation[] = [
  { method: 'get', path: '/api/config', summary: 'Public settings of this installation (demo mode)' },
  { method: 'post', path: '/api/auth/login', summary: 'Sign in; sets the session cookie', body: inputs.loginInput, responses: { 200: 'Signed in', 401: 'Wrong email or password', 429: 'Too many attempts' } },
  { method: 'post', path: '/api/auth/logout', summary: 'Sign out', responses: { 204: 'Signed out' } },
  { method: 'get', path: '/api/me', summary: 'The user, their stakeholder, role and capacity' },
  { method: 'get', path: '/api/documents', summary: 'Documents of the processes the user takes part in' },
  { method: 'get', path: '/api/documents/{id}', summary: 'A document with its numbered paragraphs' },
  { method: 'get', path: '/api/documents/{id}/paragraphs/{pid}/attribution', summary: 'Who wrote each word of the paragraph now: runs of text with their writer and time', responses: { 200: 'Runs', 404: 'No such paragraph' } },
  { method: 'get', path: '/api/events', summary: 'Server-sent events: what changed that the user may know about' },
  { method: 'post', path: '/api/admin/users', summary: 'Create an account (secretariat)', body: inputs.createUserInput, responses: { 201: 'Created', 403: 'Not the secretariat', 409: 'Email taken' } },

  { method: 'get', path: '/api/documents/{id}/proposals', summary: 'Proposals the caller may see, with status (filter: ?pid=)' },
  { method: 'post', path: '/api/documents/{id}/proposals', summary: 'Table a proposal on a paragraph', body: inputs.tableProposalInput, responses: { 201: 'Tabled' } },
  { method: 'get', path: '/api/proposals/{id}', summary: 'One proposal' },
  { method: 'post', path: '/api/proposals/{id}/accept', summary: 'Accept: the change is applied to the text (pen-holders)', body: inputs.emptyProposalInput, responses: { 200: 'Accepted', 409: 'Already decided, or no longer applies' } },
  { method: 'post', path: '/api/proposals/{id}/reject', summary: 'Reject with a reason (pen-holders)', body: inputs.rejectProposalInput },
  { method: 'post', path: '/api/proposals/{id}/supersede', summary: 'Mark as superseded by compromise language (pen-holders)', body: inputs.supersedeProposalInput },
  { method: 'post', path: '/api/proposals/{id}/withdraw', summary: 'Withdraw (the tabling delegation)', body: inputs.emptyProposalInput },
  { method: 'post', path: '/api/proposals/{id}/support', summary: "Support, in the name of the caller's delegation", body: inputs.proposalPositionInput },
  { method: 'post', path: '/api/proposals/{id}/oppose', summary: "Oppose, in the name of the caller's delegation", body: inputs.proposalPositionInput },
  { method: 'delete', path: '/api/proposals/{id}/position', summary: "Withdraw the delegation's position" },
  { method: 'post', path: '/api/proposals/{id}/cosponsorship/confirm', summary: 'Confirm an invitation to co-sponsor', body: inputs.cosponsorshipInput },
  { method: 'post', path: '/api/proposals/{id}/cosponsorship/decline', summary: 'Decline an invitation to co-sponsor', body: inputs.cosponsorshipInput },
  { method: 'post', path: '/api/proposals/{id}/retable', summary: 'Re-table an outdated proposal against the current text', body: inputs.retableProposalInput },

  { method: 'get', path: '/api/documents/{id}/threads', summary: 'Threads the caller may read (filters: pid, visibility, status, stakeholder, q)' },
  { method: 'post', path: '/api/documents/{id}/threads', summary: 'Open a comment thread in a visibility layer', body: inputs.createThreadInput, responses: { 201: 'Opened' } },
  { method: 'get', path: '/api/threads/{id}', summary: 'One thread with its messages' },
  { method: 'post', path: '/api/threads/{id}/messages', summary: 'Reply', body: inputs.messageInput, responses: { 201: 'Posted' } },
  { method: 'post', path: '/api/threads/{id}/resolve', summary: 'Resolve (pen-holders and the author)' },
  { method: 'post', path: '/api/threads/{id}/reopen', summary: 'Reopen (pen-holders and the author)' },
  { method: 'post', path: '/api/threads/{id}/read', summary: 'Mark the thread read for the caller' },
  { method: 'patch', path: '/api/messages/{id}', summary: 'Edit an own message', body: inputs.messageInput },
  { method: 'delete', path: '/api/messages/{id}', summary: 'Delete a message (leaves a tombstone)' },
  { method: 'get', path: '/api/notifications', summary: "The caller's notifications" },
  { method: 'post', path: '/api/notifications/read', summary: 'Mark notifications read (all when ids is omitted)', body: inputs.markNotificationsReadInput },
  { method: 'get', path: '/api/stakeholders', summary: 'Stakeholders matching ?q=, for @-mentions' },
  { method: 'get', path: '/api/stakeholders/all', summary: 'Every stakeholder, for co-sponsor and group pickers' },
];

function buildDocument() {
  const error = { description: 'Error: `{ "error": { "code", "message" } }`' };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const responses = Object.fromEntries(
      Object.entries(op.responses ?? { 200: 'OK' }).map(([status, description]) => [status, { description }]),
    );
    (paths[op.path] ??= {})[op.method] = {
      summary: op.summary,
      ...(op.body ? { requestBody: { required: true, ...json(op.body) } } : {}),
      responses: { 400: error, 401: error, 403: error, 404: error, ...responses },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Plenary API',
      version: '1.0.0',
      description: 'Session cookie authentication (POST /api/auth/login). State-changing requests must send an Origin header equal to the server origin.',
    },
    paths,
  };
}

let cached: ReturnType<typeof buildDocument> | undefined;

export const openApiRoutes = new Hono<AppEnv>().get('/', (c) => c.json((cached ??= buildDocument())));
