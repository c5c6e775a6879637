import { documentReaderIds } from '../queries/audiences.ts';
import type { Services } from '../services.ts';
import type { DocumentAccess } from '../policies/actors.ts';

/** After a status change has committed: every reader of the document learns which paragraph changed. */
export function announceParagraphStatusChange(
  services: Pick<Services, 'db' | 'events'>,
  access: Pick<DocumentAccess, 'doc' | 'target'>,
  pid: string,
): void {
  const readers = documentReaderIds(services.db, access);
  services.events.publish({
    type: 'paragraph-status.changed',
    documentId: access.doc.id,
    data: { pid },
    audience: (user) => readers.has(user.id),
  });
}
