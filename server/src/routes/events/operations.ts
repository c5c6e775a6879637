import type { Operation } from '../openapi/operation.ts';

export const eventOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/events',
    summary: 'Server-sent events: what changed that the user may know about',
    contentType: 'text/event-stream',
  },
];
