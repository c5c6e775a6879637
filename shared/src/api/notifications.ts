import { z } from 'zod';
import { NOTIFICATION_KINDS } from '../domain/index.ts';
import { timestamp } from './common.ts';

export const notificationResponse = z.strictObject({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  /** One line to act on ("Ana Morales (Mexico) replied on OP3"); never the confidential text. */
  text: z.string(),
  documentId: z.string().nullable(),
  threadId: z.string().nullable(),
  proposalId: z.string().nullable(),
  /** The technical input it is about, for input notifications. */
  inputId: z.string().nullable(),
  createdAt: timestamp,
  read: z.boolean(),
  readAt: timestamp.nullable(),
});
export type NotificationResponse = z.infer<typeof notificationResponse>;

export const notificationListResponse = z.strictObject({
  items: z.array(notificationResponse),
  unreadCount: z.number().int(),
});
export type NotificationListResponse = z.infer<typeof notificationListResponse>;

export const notificationsReadResponse = z.strictObject({ updated: z.number().int() });
export type NotificationsReadResponse = z.infer<typeof notificationsReadResponse>;
