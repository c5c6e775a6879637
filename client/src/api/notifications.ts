import type { NotificationKind } from '@plenary/shared/domain/index';
import type {
  NotificationListResponse as NotificationList,
  NotificationResponse as AppNotification,
  NotificationsReadResponse,
} from '@plenary/shared/api/index';
import { request } from './http.ts';

export type { AppNotification, NotificationList };

export type { NotificationKind };

export function listNotifications(signal?: AbortSignal): Promise<NotificationList> {
  return request<NotificationList>('/api/notifications?limit=30', { signal });
}

/** Marks the given notifications read, or all of them when `ids` is left out. */
export function markNotificationsRead(ids?: string[]): Promise<NotificationsReadResponse> {
  return request<NotificationsReadResponse>('/api/notifications/read', { method: 'POST', body: ids ? { ids } : {} });
}
