import { announceNotifications } from './notification-announcer.ts';
import { documentReaderIds } from '../queries/audiences.ts';
import type { NotificationRow } from '../db/types.ts';
import type { Services } from '../services.ts';
import type { DocumentAccess } from '../policies/actors.ts';
import type { ProposalChange } from '../commands/proposal-change.ts';

/**
 * After a change has committed: tells every reader of the document which proposals changed (ids only;
 * clients refetch through the API, which filters what each may see), then delivers the notifications.
 */
export function announceProposalChanges(
  services: Pick<Services, 'db' | 'events'>,
  access: Pick<DocumentAccess, 'doc' | 'target'>,
  changes: readonly ProposalChange[],
  notifications: readonly NotificationRow[] = [],
): void {
  const readers = documentReaderIds(services.db, access);
  for (const change of changes) {
    services.events.publish({
      type: 'proposal.changed',
      documentId: access.doc.id,
      data: { proposalId: change.proposalId, pid: change.pid },
      audience: (user) => readers.has(user.id),
    });
  }
  announceNotifications(services.events, notifications);
}
