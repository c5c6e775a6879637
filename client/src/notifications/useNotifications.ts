import { useCallback } from 'react';
import { markNotificationsRead, type AppNotification } from '../api/notifications.ts';
import { useLiveCollection } from '../data/useLiveCollection.ts';
import { notificationSource } from './notificationSource.ts';

export interface Notifications {
  items: readonly AppNotification[];
  unreadCount: number;
  error: string | null;
  markRead: (ids?: string[]) => Promise<void>;
}

/** The signed-in person's notifications, refetched whenever the server says a new one arrived. */
export function useNotifications(): Notifications {
  const { items, meta, error, collection } = useLiveCollection(notificationSource);
  const unreadCount = meta?.unreadCount ?? 0;

  const markRead = useCallback(
    async (ids?: string[]) => {
      const unread = items.filter((n) => !n.read && (!ids || ids.includes(n.id)));
      if (unread.length === 0) return;
      // Show it at once; the server's list is reloaded afterwards either way.
      collection.put(...unread.map((n) => ({ ...n, read: true })));
      collection.setMeta({ unreadCount: Math.max(0, (collection.getSnapshot().meta?.unreadCount ?? 0) - unread.length) });
      try {
        await markNotificationsRead(ids);
      } finally {
        await collection.load();
      }
    },
    [items, collection],
  );

  return { items, unreadCount, error: error?.message ?? null, markRead };
}
