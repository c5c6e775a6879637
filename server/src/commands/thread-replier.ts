import { eq } from 'drizzle-orm';
import { threads } from '../db/schema.ts';
import { audit } from './audit.ts';
import { createNotifications } from './notification-creator.ts';
import { writeThreadMessage } from './thread-message-writer.ts';
import { paragraphLabelOf, threadNotifications } from './thread-notifier.ts';
import type { MessageRow, NotificationRow } from '../db/types.ts';
import type { Services } from '../services.ts';
import type { ThreadAccess } from '../queries/thread-access.ts';

export interface ThreadReplierProps {
  services: Pick<Services, 'db' | 'rooms'>;
  access: ThreadAccess;
  body: string;
}

/** Adds a reply to a thread; earlier writers and mentioned stakeholders are notified. */
export function replyToThread({ services, access, body }: ThreadReplierProps): { message: MessageRow; notifications: NotificationRow[] } {
  const { db } = services;
  const { participant, thread } = access;
  const label = paragraphLabelOf(services, access.doc, thread.pid);
  const now = new Date().toISOString();
  return db.transaction((tx) => {
    const message = writeThreadMessage(tx, thread.id, participant, body, now);
    tx.update(threads).set({ updatedAt: now }).where(eq(threads.id, thread.id)).run();
    const drafts = threadNotifications({ db: tx, thread, writer: participant, body, isReply: true, paragraphLabel: label });
    const notifications = createNotifications(tx, drafts);
    audit(tx, {
      participant,
      action: 'thread.reply',
      documentId: thread.documentId,
      target: thread.id,
      details: { messageId: message.id },
    });
    return { message, notifications };
  });
}
