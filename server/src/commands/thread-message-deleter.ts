import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { threadMessages, threads } from '../db/schema.ts';
import { audit } from './audit.ts';
import type { MessageRow } from '../db/types.ts';
import type { ThreadAccess } from '../queries/thread-access.ts';

/**
 * Deletes a message, leaving a tombstone: the row keeps its place and attribution, the words are cleared
 * (so no later read or search can reach them). Deleting a tombstone again changes nothing.
 */
export function deleteMessage(db: Db, access: ThreadAccess & { message: MessageRow }): MessageRow {
  const { participant, thread, message } = access;
  if (message.deletedAt) return message;
  const now = new Date().toISOString();
  return db.transaction((tx) => {
    const deleted = tx.update(threadMessages).set({ body: '', deletedAt: now }).where(eq(threadMessages.id, message.id)).returning().get();
    tx.update(threads).set({ updatedAt: now }).where(eq(threads.id, thread.id)).run();
    const byModerator = message.authorUserId !== participant.user.id;
    audit(tx, {
      participant,
      action: 'thread.message.delete',
      documentId: thread.documentId,
      target: message.id,
      details: { threadId: thread.id, byModerator, authorUserId: message.authorUserId },
    });
    return deleted;
  });
}
