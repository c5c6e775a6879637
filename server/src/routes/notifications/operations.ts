import { notificationListResponse, notificationsReadResponse } from '@plenary/shared/api/index';
import { markNotificationsReadInput } from '@plenary/shared/validation/index';
import type { Operation } from '../openapi/operation.ts';

export const notificationOperations: Operation[] = [
  { method: 'get', path: '/api/notifications', summary: "The caller's notifications (?limit=, 1–200)", response: notificationListResponse },
  {
    method: 'post',
    path: '/api/notifications/read',
    summary: 'Mark notifications read (all when ids is omitted)',
    body: markNotificationsReadInput,
    response: notificationsReadResponse,
  },
];
