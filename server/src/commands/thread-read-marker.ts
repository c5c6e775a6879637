import type { DbHandle } from '../db/client.ts';
import { threadReads } from '../db/schema.ts';

/** Records that a user has seen a thread as it is now; later messages by others make it unread again. */
export function markThreadRead(db: DbHandle, threadId: string, userId: string, at = new Date().toISOString()): void {
  db.insert(threadReads)
    .values({ threadId, userId, lastReadAt: at })
    .onConflictDoUpdate({ target: [threadReads.threadId, threadReads.userId], set: { lastReadAt: at } })
    .run();
}
