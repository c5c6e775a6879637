import { useCallback, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { AppNotification } from '../api/notifications.ts';
import { NotificationList } from './NotificationList.tsx';
import { notificationLink } from './notificationLink.ts';
import { useNotifications } from './useNotifications.ts';
import './notifications.css';
import { useDismiss } from '../hooks/useDismiss.ts';

function BellIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.4A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.6L18 12.6V9a6 6 0 0 0-6-6Zm0 19a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Z"
        fill="currentColor"
      />
    </svg>
  );
}

/** The bell in the top bar: how many notifications are unread, and the list of them. */
export function NotificationBell() {
  const { items, unreadCount, error, markRead } = useNotifications();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const navigate = useNavigate();

  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, root);

  function follow(notification: AppNotification) {
    setOpen(false);
    void markRead([notification.id]);
    const link = notificationLink(notification);
    if (link) void navigate(link);
  }

  const label = unreadCount === 0 ? 'Notifications' : `Notifications, ${unreadCount} unread`;
  return (
    <div className="notifications" ref={root}>
      <button
        type="button"
        className="notifications__bell"
        aria-label={label}
        title={label}
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        data-testid="notifications-bell"
        data-unread={unreadCount}
      >
        <BellIcon />
        {unreadCount > 0 && (
          <span className="notifications__count" data-testid="notifications-count" aria-hidden="true">
            {unreadCount > 99 ? '99+' : unreadCount}
          </span>
        )}
      </button>
      {open && (
        <div className="notifications__panel" id={panelId} data-testid="notifications-panel">
          <div className="notifications__header">
            <h2>Notifications</h2>
            {unreadCount > 0 && (
              <button type="button" className="link-button" onClick={() => void markRead()} data-testid="notifications-read-all">
                Mark all read
              </button>
            )}
          </div>
          {error && <p className="notifications__empty">{error}</p>}
          <NotificationList items={items} onFollow={follow} />
        </div>
      )}
    </div>
  );
}
