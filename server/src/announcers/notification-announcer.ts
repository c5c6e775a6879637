import type { NotificationRow } from '../db/types.ts';
import type { EventHub } from '../events/event-hub.ts';

/** Tells each recipient's open clients that a notification arrived (ids only: they fetch the list). */
export function announceNotifications(events: EventHub, rows: readonly NotificationRow[]): void {
  for (const row of rows) {
    events.publish({
      type: 'notification.created',
      documentId: row.documentId ?? undefined,
      data: { notificationId: row.id, kind: row.kind },
      audience: (user) => user.id === row.userId,
    });
  }
}
