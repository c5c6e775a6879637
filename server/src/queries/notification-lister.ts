import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { documents, notifications, threads } from '../db/schema.ts';
import { isReadable } from '../policies/thread-policy.ts';
import type { NotificationRow, User } from '../db/types.ts';
import { readerForUser } from './thread-access.ts';

/** The ids, among some threads, of those the user may read now. */
function readableThreadIds(db: Db, user: User, threadIds: readonly string[]): Set<string> {
  const readable = new Set<string>();
  if (threadIds.length === 0) return readable;
  const found = db
    .select({ thread: threads, processId: documents.processId })
    .from(threads)
    .innerJoin(documents, eq(documents.id, threads.documentId))
    .where(inArray(threads.id, [...threadIds]))
    .all();
  for (const { thread, processId } of found) {
    const reader = readerForUser(db, user.id, processId);
    if (reader && isReadable(reader, thread)) readable.add(thread.id);
  }
  return readable;
}

/**
 * A user's latest notifications, newest first, and how many are unread. A notification about a thread the
 * user can no longer read (their delegation changed, say) is left out, like the thread itself.
 */
export function listNotifications(db: Db, user: User, limit = 50): { items: NotificationRow[]; unreadCount: number } {
  const latest = db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, user.id))
    .orderBy(desc(notifications.createdAt))
    .limit(limit)
    .all();
  const unread = db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)))
    .all();
  const threadIds = new Set([...latest, ...unread].flatMap((r) => (r.threadId ? [r.threadId] : [])));
  const readable = readableThreadIds(db, user, [...threadIds]);
  const visible = (r: NotificationRow) => !r.threadId || readable.has(r.threadId);
  return { items: latest.filter(visible), unreadCount: unread.filter(visible).length };
}
