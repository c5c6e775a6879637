import { and, eq } from 'drizzle-orm';
import { can } from '@plenary/shared/permissions/index';
import type { Db } from '../db/client.ts';
import { memberships } from '../db/schema.ts';
import { announceNotifications } from '../commands/notification-creator.ts';
import type { NotificationRow } from '../db/types.ts';
import type { Services } from '../services.ts';
import type { DocumentAccess } from '../policies/actors.ts';

export interface ProposalChange {
  proposalId: string;
  pid: string;
}

/** Users who take part in the document's process in a role that may read it. */
export function documentReaderIds(db: Db, access: Pick<DocumentAccess, 'doc' | 'target'>): Set<string> {
  const rows = db.select().from(memberships).where(eq(memberships.processId, access.doc.processId)).all();
  return new Set(
    rows.filter((m) => can({ role: m.role, stakeholderId: m.stakeholderId }, 'read', access.target)).map((m) => m.userId),
  );
}

/** Users of one stakeholder in a process: whoever can act on an invitation addressed to it. */
export function stakeholderUserIds(db: Db, processId: string, stakeholderId: string): string[] {
  return db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.processId, processId), eq(memberships.stakeholderId, stakeholderId)))
    .all()
    .map((m) => m.userId);
}

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
