import type { BriefStage } from '@plenary/shared/domain/index';
import { documentReaderIds } from '../queries/audiences.ts';
import type { Services } from '../services.ts';
import type { DocumentAccess } from '../policies/actors.ts';

/**
 * After a brief moved: everyone who could read it before or can read it now learns it, so a page that lost
 * sight of the brief leaves it and one that gained sight lists it.
 */
export function announceBriefStageChange(
  services: Pick<Services, 'db' | 'events'>,
  before: Pick<DocumentAccess, 'doc' | 'target'>,
  after: Pick<DocumentAccess, 'doc' | 'target'>,
  stage: BriefStage,
): void {
  const readers = new Set([...documentReaderIds(services.db, before), ...documentReaderIds(services.db, after)]);
  services.events.publish({
    type: 'document.stage-changed',
    documentId: after.doc.id,
    data: { stage },
    audience: (user) => readers.has(user.id),
  });
}
