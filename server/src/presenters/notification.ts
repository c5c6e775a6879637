import type { NotificationListResponse, NotificationResponse } from '@plenary/shared/api/index';
import type { NotificationRow } from '../db/types.ts';

export function presentNotification(row: NotificationRow): NotificationResponse {
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    documentId: row.documentId,
    threadId: row.threadId,
    proposalId: row.proposalId,
    inputId: row.inputId,
    createdAt: row.createdAt,
    read: row.readAt !== null,
    readAt: row.readAt,
  };
}

export function presentNotificationList(rows: readonly NotificationRow[], unreadCount: number): NotificationListResponse {
  return { items: rows.map(presentNotification), unreadCount };
}
