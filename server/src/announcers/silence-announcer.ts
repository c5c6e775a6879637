import type { LiveEvent } from '@plenary/shared/protocol/index';
import { documentReaderIds } from '../queries/audiences.ts';
import type { DocumentAccess } from '../policies/actors.ts';
import type { Services } from '../services.ts';
import type { Announcement } from '../events/event-hub.ts';

type SilenceEvent = Extract<LiveEvent, { type: 'silence.started' | 'silence.broken' | 'silence.ended' | 'position-statement.recorded' }>;

/** After COMMIT: tells everyone who may read the document that its silence procedure or its record changed. */
export function announceSilenceEvent(
  services: Pick<Services, 'db' | 'events'>,
  access: Pick<DocumentAccess, 'doc' | 'target'>,
  event: Omit<SilenceEvent, 'documentId'>,
): void {
  const readers = documentReaderIds(services.db, access);
  const announcement = { ...event, documentId: access.doc.id, audience: (user) => readers.has(user.id) } as Announcement;
  services.events.publish(announcement);
}
