import type { NotificationKind } from '@plenary/shared/domain/index';
import { request } from './http.ts';

export type { NotificationKind };

export interface AppNotification {
  id: string;
  kind: NotificationKind;
  /** One line to act on ("Ana Morales (Mexico) replied on OP3"); never the confidential text. */
  text: string;
  documentId: string | null;
  threadId: string | null;
  proposalId: string | null;
  createdAt: string;
  read: boolean;
  readAt: string | null;
}

export interface NotificationList {
  items: AppNotification[];
  unreadCount: number;
}

export function listNotifications(signal?: AbortSignal): Promise<NotificationList> {
  return request<NotificationList>('/api/notifications?limit=30', { signal });
}

/** Marks the given notifications read, or all of them when `ids` is left out. */
export function markNotificationsRead(ids?: string[]): Promise<{ updated: number }> {
  return request<{ updated: number }>('/api/notifications/read', { method: 'POST', body: ids ? { ids } : {} });
}
