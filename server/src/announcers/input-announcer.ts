import { announceNotifications } from './notification-announcer.ts';
import { documentReaderIds } from '../queries/audiences.ts';
import type { NotificationRow } from '../db/types.ts';
import type { Services } from '../services.ts';
import type { DocumentAccess } from '../policies/actors.ts';

/**
 * After a change to an input has committed: every reader of the brief learns which input changed (its id only;
 * clients refetch through the API), then the notifications are delivered. Whoever may not read the brief hears
 * nothing of it.
 */
export function announceInputChange(
  services: Pick<Services, 'db' | 'events'>,
  access: Pick<DocumentAccess, 'doc' | 'target'>,
  inputId: string,
  notifications: readonly NotificationRow[] = [],
): void {
  const readers = documentReaderIds(services.db, access);
  services.events.publish({
    type: 'input.changed',
    documentId: access.doc.id,
    data: { inputId },
    audience: (user) => readers.has(user.id),
  });
  announceNotifications(services.events, notifications);
}
