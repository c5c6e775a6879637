import { and, asc, eq, exists, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { ThreadReader } from '@plenary/shared/permissions/index';
import type { ThreadListQuery } from '@plenary/shared/validation/index';
import type { Db } from '../db/client.ts';
import { threadMessages, threads } from '../db/schema.ts';
import { isReadable } from '../policies/thread-policy.ts';
import type { MessageRow, ThreadRow } from '../db/types.ts';

export interface ThreadWithMessages {
  thread: ThreadRow;
  messages: MessageRow[];
}

/** The messages of some threads, oldest first, grouped by thread. */
export function messagesOf(db: Db, threadIds: readonly string[]): Map<string, MessageRow[]> {
  const byThread = new Map<string, MessageRow[]>(threadIds.map((id) => [id, []]));
  if (threadIds.length === 0) return byThread;
  const rows = db
    .select()
    .from(threadMessages)
    .where(inArray(threadMessages.threadId, [...threadIds]))
    .orderBy(asc(threadMessages.createdAt), sql`rowid`)
    .all();
  for (const row of rows) byThread.get(row.threadId)!.push(row);
  return byThread;
}

function matchesWords(messages: readonly MessageRow[], q: string): boolean {
  const words = q.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const text = messages
    .filter((m) => m.deletedAt === null)
    .map((m) => m.body.toLocaleLowerCase())
    .join('\n');
  return words.every((w) => text.includes(w));
}

/** The messages a stakeholder wrote in the thread of the enclosing query (tombstones included). */
function messagesBy(db: Db, stakeholderId: string) {
  return db
    .select({ id: threadMessages.id })
    .from(threadMessages)
    .where(and(eq(threadMessages.threadId, threads.id), eq(threadMessages.authorStakeholderId, stakeholderId)));
}

/**
 * The threads of a document that `reader` may read, narrowed by the query. Paragraph, layer, status and
 * stakeholder narrow in SQL; the shared visibility rule then drops unreadable threads before any message
 * is loaded, so the word search only ever looks at readable messages. Exports use this too.
 */
export function listReadableThreads(db: Db, documentId: string, reader: ThreadReader, query: ThreadListQuery = {}): ThreadWithMessages[] {
  const conditions: SQL[] = [eq(threads.documentId, documentId)];
  if (query.pid) conditions.push(eq(threads.pid, query.pid));
  if (query.visibility) conditions.push(eq(threads.visibility, query.visibility));
  if (query.status === 'open') conditions.push(isNull(threads.resolvedAt));
  if (query.status === 'resolved') conditions.push(isNotNull(threads.resolvedAt));
  if (query.stakeholder) conditions.push(exists(messagesBy(db, query.stakeholder)));
  const readable = db
    .select()
    .from(threads)
    .where(and(...conditions))
    .orderBy(asc(threads.createdAt), sql`rowid`)
    .all()
    .filter((thread) => isReadable(reader, thread));
  const messages = messagesOf(
    db,
    readable.map((t) => t.id),
  );
  return readable
    .map((thread) => ({ thread, messages: messages.get(thread.id)! }))
    .filter(({ messages }) => !query.q || matchesWords(messages, query.q));
}
