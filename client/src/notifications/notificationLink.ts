import type { AppNotification } from '../api/notifications.ts';

/** Where a notification takes its reader: the thread, proposal or technical inputs on its document. */
export function notificationLink(notification: AppNotification): string | null {
  if (!notification.documentId) return null;
  const path = `/documents/${encodeURIComponent(notification.documentId)}`;
  if (notification.threadId) return `${path}?thread=${encodeURIComponent(notification.threadId)}`;
  if (notification.proposalId) return `${path}?proposal=${encodeURIComponent(notification.proposalId)}`;
  if (notification.inputId) return `${path}?input=${encodeURIComponent(notification.inputId)}`;
  return path;
}
