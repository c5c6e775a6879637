import { documentReaderIds } from '../queries/audiences.ts';
import type { Services } from '../services.ts';
import type { DocumentAccess } from '../policies/actors.ts';

/**
 * After a link was made or removed: readers of both documents learn it, once for each end, so that the
 * compact and the brief each refresh their marks. Someone who may not read the brief hears nothing of it.
 */
export function announceEvidenceChange(
  services: Pick<Services, 'db' | 'events'>,
  ends: { compact: Pick<DocumentAccess, 'doc' | 'target'>; brief: Pick<DocumentAccess, 'doc' | 'target'> },
  linkId: string,
): void {
  const compactReaders = documentReaderIds(services.db, ends.compact);
  const briefReaders = documentReaderIds(services.db, ends.brief);
  const data = { linkId, compactDocumentId: ends.compact.doc.id, briefDocumentId: ends.brief.doc.id };
  for (const end of [ends.compact, ends.brief]) {
    services.events.publish({
      type: 'evidence.changed',
      documentId: end.doc.id,
      data,
      audience: (user) => compactReaders.has(user.id) && briefReaders.has(user.id),
    });
  }
}
