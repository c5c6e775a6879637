import { eq } from 'drizzle-orm';
import { threadMessages, threads } from '../db/schema.ts';
import { conflict } from '../errors.ts';
import { audit } from './audit.ts';
import { createNotifications } from './notification-creator.ts';
import { paragraphLabelOf, threadNotifications } from './thread-notifier.ts';
import type { MessageRow, NotificationRow } from '../db/types.ts';
import type { Services } from '../services.ts';
import type { ThreadAccess } from '../queries/thread-access.ts';

export interface MessageEditorProps {
  services: Pick<Services, 'db' | 'rooms'>;
  access: ThreadAccess & { message: MessageRow };
  body: string;
}

/** Rewords one's own message; stakeholders the new wording mentions for the first time are notified. */
export function editMessage({ services, access, body }: MessageEditorProps): { message: MessageRow; notifications: NotificationRow[] } {
  const { db } = services;
  const { participant, thread, message } = access;
  if (message.deletedAt) throw conflict('A deleted message cannot be edited.');
  if (message.body === body) return { message, notifications: [] };
  const label = paragraphLabelOf(services, access.doc, thread.pid);
  const now = new Date().toISOString();
  return db.transaction((tx) => {
    const updated = tx.update(threadMessages).set({ body, editedAt: now }).where(eq(threadMessages.id, message.id)).returning().get();
    tx.update(threads).set({ updatedAt: now }).where(eq(threads.id, thread.id)).run();
    const drafts = threadNotifications({
      db,
      thread,
      writer: participant,
      body,
      previousBody: message.body,
      isReply: false,
      paragraphLabel: label,
    });
    const notifications = createNotifications(tx, drafts);
    audit(tx, {
      participant,
      action: 'thread.message.edit',
      documentId: thread.documentId,
      target: message.id,
      details: { threadId: thread.id },
    });
    return { message: updated, notifications };
  });
}
