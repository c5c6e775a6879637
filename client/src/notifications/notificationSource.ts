import { listNotifications, type AppNotification } from '../api/notifications.ts';
import type { CollectionSource } from '../data/liveCollection.ts';

export interface NotificationSummary {
  /** Of all the reader's notifications, not only the ones listed. */
  unreadCount: number;
}

/** The signed-in person's latest notifications, listed again whenever the server says a new one arrived. */
export const notificationSource: CollectionSource<AppNotification, NotificationSummary> = {
  key: 'notifications',
  idOf: (notification) => notification.id,
  fetchList: async (signal) => {
    const { items, unreadCount } = await listNotifications(signal);
    return { items, meta: { unreadCount } };
  },
  // There is no one-notification read: a new one means reading the list.
  live: { events: { 'notification.created': () => null } },
};
