import { and, eq, sql } from 'drizzle-orm';
import { threadReads } from '../db/schema.ts';
import { idsIn, preparedQuery } from '../db/prepared.ts';
import { namesOfUsers, stakeholdersWithIds } from './people-reader.ts';
import { detachedAnchors } from '../text/thread-anchor.ts';
import type { ThreadWithMessages } from './thread-lister.ts';
import type { Stakeholder } from '../db/types.ts';
import type { Services } from '../services.ts';

export interface ThreadView extends ThreadWithMessages {
  /** When the viewing user last marked the thread read (null: never). */
  lastReadAt: string | null;
  /** The span's words were deleted: the thread now sits on the whole paragraph. */
  anchorDetached: boolean;
}

/** Names of the people and stakeholders that threads mention, for attribution. */
export interface People {
  userName(id: string | null): string;
  stakeholder(id: string | null): Stakeholder | null;
}

const readsOfThreads = preparedQuery((db) =>
  db
    .select()
    .from(threadReads)
    .where(and(eq(threadReads.userId, sql.placeholder('userId')), idsIn(threadReads.threadId, 'ids')))
    .prepare(),
);

/** Everything presenting some threads to one user needs, in a handful of queries. */
export function loadThreadViews(
  services: Pick<Services, 'db' | 'rooms'>,
  documentId: string,
  viewerUserId: string,
  items: readonly ThreadWithMessages[],
): { views: ThreadView[]; people: People } {
  const { db, rooms } = services;
  const threadIds = items.map((i) => i.thread.id);
  const userIds = new Set<string>();
  const stakeholderIds = new Set<string>();
  for (const { thread, messages } of items) {
    userIds.add(thread.authorUserId);
    if (thread.resolvedByUserId) userIds.add(thread.resolvedByUserId);
    stakeholderIds.add(thread.authorStakeholderId);
    if (thread.audienceStakeholderId) stakeholderIds.add(thread.audienceStakeholderId);
    for (const m of messages) {
      userIds.add(m.authorUserId);
      stakeholderIds.add(m.authorStakeholderId);
    }
  }
  const names = new Map(
    namesOfUsers(db)
      .all({ ids: JSON.stringify([...userIds]) })
      .map((u) => [u.id, u.name]),
  );
  const stakeholderRows = new Map(
    stakeholdersWithIds(db)
      .all({ ids: JSON.stringify([...stakeholderIds]) })
      .map((s) => [s.id, s]),
  );
  const reads = new Map(
    readsOfThreads(db)
      .all({ userId: viewerUserId, ids: JSON.stringify(threadIds) })
      .map((r) => [r.threadId, r.lastReadAt]),
  );
  const detached = detachedAnchors(
    rooms,
    documentId,
    items.map((i) => i.thread),
  );
  return {
    views: items.map((item) => ({
      ...item,
      lastReadAt: reads.get(item.thread.id) ?? null,
      anchorDetached: detached.get(item.thread.id) ?? false,
    })),
    people: {
      userName: (id) => (id ? (names.get(id) ?? 'Former participant') : ''),
      stakeholder: (id) => (id ? (stakeholderRows.get(id) ?? null) : null),
    },
  };
}
