import type { AppNotification, NotificationKind } from '../api/notifications.ts';
import { useNow } from '../hooks/useNow.ts';
import { formatDateTime, relativeTime } from '../lib/dates.ts';

const KIND_LABELS: Record<NotificationKind, string> = {
  mention: 'Mention',
  reply: 'Reply',
  'proposal-decision': 'Decision',
  'cosponsor-invitation': 'Co-sponsorship',
  'input-submitted': 'Technical input',
  'input-decision': 'Decision on an input',
};

interface Props {
  items: readonly AppNotification[];
  onFollow: (notification: AppNotification) => void;
}

export function NotificationList({ items, onFollow }: Props) {
  const now = useNow();
  if (items.length === 0)
    return <p className="notifications__empty">Nothing yet. Mentions, replies and decisions on your proposals appear here.</p>;
  return (
    <ul className="notifications__list">
      {items.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            className={`notification${item.read ? '' : ' is-unread'}`}
            onClick={() => onFollow(item)}
            data-testid="notification-item"
            data-kind={item.kind}
            data-read={item.read}
            data-thread-id={item.threadId ?? undefined}
            data-proposal-id={item.proposalId ?? undefined}
            data-input-id={item.inputId ?? undefined}
          >
            <span className="notification__kind">{KIND_LABELS[item.kind] ?? item.kind}</span>
            <span className="notification__text">{item.text}</span>
            <time className="notification__time" dateTime={item.createdAt} title={formatDateTime(item.createdAt)}>
              {relativeTime(item.createdAt, now)}
            </time>
          </button>
        </li>
      ))}
    </ul>
  );
}
