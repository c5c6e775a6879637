import { and, asc, eq, exists, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { ThreadReader } from '@plenary/shared/permissions/index';
import type { ThreadListQuery } from '@plenary/shared/validation/index';
import type { Db } from '../db/client.ts';
import { threadMessages, threads } from '../db/schema.ts';
import { idsIn, preparedQuery } from '../db/prepared.ts';
import { isReadable } from '../policies/thread-policy.ts';
import type { MessageRow, ThreadRow } from '../db/types.ts';

export interface ThreadWithMessages {
  thread: ThreadRow;
  messages: MessageRow[];
}

const messagesOfThreads = preparedQuery((db) =>
  db
    .select()
    .from(threadMessages)
    .where(idsIn(threadMessages.threadId, 'threadIds'))
    .orderBy(asc(threadMessages.createdAt), sql`rowid`)
    .prepare(),
);

/** The messages of some threads, oldest first, grouped by thread. */
export function messagesOf(db: Db, threadIds: readonly string[]): Map<string, MessageRow[]> {
  const byThread = new Map<string, MessageRow[]>(threadIds.map((id) => [id, []]));
  if (threadIds.length === 0) return byThread;
  const rows = messagesOfThreads(db).all({ threadIds: JSON.stringify(threadIds) });
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

/** The SQL narrowing of a listing: the document, then paragraph, layer, status and stakeholder. */
function listConditions(db: Db, documentId: string, query: ThreadListQuery): SQL[] {
  const conditions: SQL[] = [eq(threads.documentId, documentId)];
  if (query.pid) conditions.push(eq(threads.pid, query.pid));
  if (query.visibility) conditions.push(eq(threads.visibility, query.visibility));
  if (query.status === 'open') conditions.push(isNull(threads.resolvedAt));
  if (query.status === 'resolved') conditions.push(isNotNull(threads.resolvedAt));
  if (query.stakeholder) conditions.push(exists(messagesBy(db, query.stakeholder)));
  return conditions;
}

/** The shared visibility rule drops unreadable threads before any message is loaded; then the word search. */
function readableWithMessages(db: Db, rows: readonly ThreadRow[], reader: ThreadReader, q: string | undefined): ThreadWithMessages[] {
  const readable = rows.filter((thread) => isReadable(reader, thread));
  const messages = messagesOf(
    db,
    readable.map((t) => t.id),
  );
  return readable
    .map((thread) => ({ thread, messages: messages.get(thread.id)! }))
    .filter(({ messages }) => !q || matchesWords(messages, q));
}

/**
 * The threads of a document that `reader` may read, narrowed by the query, in the order they were opened.
 * Paragraph, layer, status and stakeholder narrow in SQL; the shared visibility rule then drops unreadable
 * threads before any message is loaded, so the word search only ever looks at readable messages. Exports use
 * this too.
 */
export function listReadableThreads(db: Db, documentId: string, reader: ThreadReader, query: ThreadListQuery = {}): ThreadWithMessages[] {
  const rows = db
    .select()
    .from(threads)
    .where(and(...listConditions(db, documentId, query)))
    .orderBy(asc(threads.createdAt), sql`rowid`)
    .all();
  return readableWithMessages(db, rows, reader, query.q);
}

export interface ThreadPage {
  items: ThreadWithMessages[];
  /** The id of the page's last thread when more may follow, else null. */
  lastThreadId: string | null;
}

/** Where a thread sorts in a listing: by when it was opened, then by row. */
const threadPosition = preparedQuery((db) =>
  db
    .select({ createdAt: threads.createdAt, rowid: sql<number>`rowid` })
    .from(threads)
    .where(eq(threads.id, sql.placeholder('id')))
    .prepare(),
);

/** One step of an unnarrowed listing, the one every delegate's page reads: prepared once per database. */
const threadsAfter = preparedQuery((db) =>
  db
    .select({ row: threads, rowid: sql<number>`rowid` })
    .from(threads)
    .where(
      and(
        eq(threads.documentId, sql.placeholder('documentId')),
        sql`(${threads.createdAt}, rowid) > (${sql.placeholder('createdAt')}, ${sql.placeholder('rowid')})`,
      ),
    )
    .orderBy(asc(threads.createdAt), sql`rowid`)
    .limit(sql.placeholder('step'))
    .prepare(),
);

/** Every thread sorts after it: the first page needs no keyset of its own. */
const BEFORE_EVERY_THREAD = { createdAt: '', rowid: 0 };

/** The fewest rows one step of a page reads, so that a reader who may see few threads is served in fewer steps. */
const MIN_SCAN_STEP = 100;

/**
 * One page of `listReadableThreads`: up to `limit` readable threads after `after`, in the same order. It reads rows
 * in steps until the page is full; a reader who may read most threads reads about one page of rows.
 */
export function readReadableThreadPage(
  db: Db,
  documentId: string,
  reader: ThreadReader,
  query: ThreadListQuery,
  limit: number,
  after: ThreadRow | undefined,
): ThreadPage {
  const conditions = listConditions(db, documentId, query);
  const unfiltered = conditions.length === 1;
  const items: ThreadWithMessages[] = [];
  // One more than asked tells whether another page follows.
  const step = Math.max(limit + 1, MIN_SCAN_STEP);
  let from = (after && threadPosition(db).get({ id: after.id })) || BEFORE_EVERY_THREAD;
  for (;;) {
    const rows = unfiltered
      ? threadsAfter(db).all({ documentId, ...from, step })
      : db
          .select({ row: threads, rowid: sql<number>`rowid` })
          .from(threads)
          .where(and(...conditions, sql`(${threads.createdAt}, rowid) > (${from.createdAt}, ${from.rowid})`))
          .orderBy(asc(threads.createdAt), sql`rowid`)
          .limit(step)
          .all();
    for (const item of readableWithMessages(
      db,
      rows.map(({ row }) => row),
      reader,
      query.q,
    )) {
      items.push(item);
      if (items.length > limit) {
        const page = items.slice(0, limit);
        return { items: page, lastThreadId: page.at(-1)!.thread.id };
      }
    }
    if (rows.length < step) return { items, lastThreadId: null };
    const last = rows.at(-1)!;
    from = { createdAt: last.row.createdAt, rowid: last.rowid };
  }
}

/**
 * The thread a cursor names, when it is one of this document's that the caller may read: any other cursor is
 * refused alike, so probing cursors tells nothing of the threads the caller may not read.
 */
export function readableCursorThread(db: Db, documentId: string, reader: ThreadReader, threadId: string): ThreadRow | undefined {
  const thread = db
    .select()
    .from(threads)
    .where(and(eq(threads.documentId, documentId), eq(threads.id, threadId)))
    .get();
  return thread && isReadable(reader, thread) ? thread : undefined;
}
