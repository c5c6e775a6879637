import { z } from 'zod';
import { threadMessageResponse, threadPageResponse, threadResponse } from '@plenary/shared/api/index';
import * as inputs from '@plenary/shared/validation/index';
import type { Operation } from '../openapi/operation.ts';

export const threadOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/documents/{id}/threads',
    summary:
      'Threads the caller may read, in the order they were opened (filters: pid, visibility, status, stakeholder, q). ' +
      'Without limit or cursor: all of them, as an array. With ?limit=N (at most 500) and/or ?cursor=: one page, ' +
      '{ items, nextCursor }; pass nextCursor back as cursor for the next page (null after the last).',
    query: inputs.threadListQuery,
    response: z.union([z.array(threadResponse), threadPageResponse]),
  },
  {
    method: 'post',
    path: '/api/documents/{id}/threads',
    summary: 'Open a comment thread in a visibility layer',
    body: inputs.createThreadInput,
    response: threadResponse,
    status: 201,
    responses: { 201: 'Opened' },
  },
  { method: 'get', path: '/api/threads/{id}', summary: 'One thread with its messages', response: threadResponse },
  {
    method: 'post',
    path: '/api/threads/{id}/messages',
    summary: 'Reply',
    body: inputs.messageInput,
    response: threadMessageResponse,
    status: 201,
    responses: { 201: 'Posted' },
  },
  { method: 'post', path: '/api/threads/{id}/resolve', summary: 'Resolve (pen-holders and the author)', response: threadResponse },
  { method: 'post', path: '/api/threads/{id}/reopen', summary: 'Reopen (pen-holders and the author)', response: threadResponse },
  { method: 'post', path: '/api/threads/{id}/read', summary: 'Mark the thread read for the caller', response: threadResponse },
  {
    method: 'patch',
    path: '/api/messages/{id}',
    summary: 'Edit an own message',
    body: inputs.messageInput,
    response: threadMessageResponse,
  },
  { method: 'delete', path: '/api/messages/{id}', summary: 'Delete a message (leaves a tombstone)', response: threadMessageResponse },
];
