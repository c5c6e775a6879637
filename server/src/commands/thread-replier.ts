import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { threadMessages, threads } from '../db/schema.ts';
import type { Services } from '../http/env.ts';
import type { MessageRow, ThreadAccess } from '../policies/thread-policy.ts';
import { audit } from './audit.ts';
import { createNotifications, type NotificationRow } from './notification-creator.ts';
import { markThreadRead } from './thread-read-marker.ts';
import { paragraphLabelOf, threadNotifications } from './thread-notifier.ts';

export interface ThreadReplierProps {
  services: Pick<Services, 'db' | 'rooms'>;
  access: ThreadAccess;
  body: string;
}

/** Adds a reply to a thread; earlier writers and mentioned stakeholders are notified. */
export function replyToThread({ services, access, body }: ThreadReplierProps): { message: MessageRow; notifications: NotificationRow[] } {
  const { db, rooms } = services;
  const { participant, thread } = access;
  const label = paragraphLabelOf(rooms, access.doc, thread.pid);
  const now = new Date().toISOString();
  return db.transaction(() => {
    const message = db
      .insert(threadMessages)
      .values({
        id: randomUUID(),
        threadId: thread.id,
        authorUserId: participant.user.id,
        authorStakeholderId: participant.stakeholder.id,
        authorRole: participant.membership.role,
        body,
        createdAt: now,
      })
      .returning()
      .get();
    db.update(threads).set({ updatedAt: now }).where(eq(threads.id, thread.id)).run();
    markThreadRead(db, thread.id, participant.user.id, now);
    const drafts = threadNotifications({ db, thread, writer: participant, body, isReply: true, paragraphLabel: label });
    const notifications = createNotifications(db, drafts);
    audit(db, { participant, action: 'thread.reply', documentId: thread.documentId, target: thread.id, details: { messageId: message.id } });
    return { message, notifications };
  });
}
