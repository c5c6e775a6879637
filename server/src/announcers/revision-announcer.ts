import { documentReaderIds } from '../queries/audiences.ts';
import type { Services } from '../services.ts';
import type { DocumentAccess } from '../policies/actors.ts';

/** After a revision has committed: every reader of the document renumbers and lists it. */
export function announceRevision(
  services: Pick<Services, 'db' | 'events'>,
  access: Pick<DocumentAccess, 'doc' | 'target'>,
  revisionId: string,
): void {
  const readers = documentReaderIds(services.db, access);
  services.events.publish({
    type: 'revision.issued',
    documentId: access.doc.id,
    data: { revisionId },
    audience: (user) => readers.has(user.id),
  });
}
