import { useCallback, useEffect, useState } from 'react';
import { listNotifications, markNotificationsRead, type AppNotification } from '../api/notifications.ts';
import { useLiveEvents } from '../live/useLiveEvents.ts';

export interface Notifications {
  items: AppNotification[];
  unreadCount: number;
  error: string | null;
  markRead: (ids?: string[]) => Promise<void>;
}

/** The signed-in person's notifications, refetched whenever the server says a new one arrived. */
export function useNotifications(): Notifications {
  const [items, setItems] = useState<AppNotification[]>([]);
  const [unreadCount, setUnreadCount] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      const list = await listNotifications(signal);
      setItems(list.items);
      setUnreadCount(list.unreadCount);
      setError(null);
    } catch (cause) {
      if (signal?.aborted) return;
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  useLiveEvents({ 'notification.created': () => void load() }, { onReconnect: () => void load() });

  const markRead = useCallback(
    async (ids?: string[]) => {
      const unread = items.filter((n) => !n.read && (!ids || ids.includes(n.id)));
      if (unread.length === 0) return;
      // Show it at once; the server's list is reloaded afterwards either way.
      setItems((current) => current.map((n) => (unread.includes(n) ? { ...n, read: true } : n)));
      setUnreadCount((count) => Math.max(0, count - unread.length));
      try {
        await markNotificationsRead(ids);
      } finally {
        await load();
      }
    },
    [items, load],
  );

  return { items, unreadCount, error, markRead };
}
