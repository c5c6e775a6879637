import { isReadable } from '../policies/thread-policy.ts';
import type { ThreadRow } from '../db/types.ts';
import type { Services } from '../services.ts';
import { readerForUser } from '../queries/thread-access.ts';

/**
 * Tells the open clients of everyone who may read `thread` that it changed, and nobody else: the same
 * visibility rule as the REST reads decides the audience.
 */
export function announceThreadChange(services: Pick<Services, 'db' | 'events'>, thread: ThreadRow, processId: string): void {
  const verdicts = new Map<string, boolean>();
  services.events.publish({
    type: 'thread.changed',
    documentId: thread.documentId,
    data: { threadId: thread.id, pid: thread.pid },
    audience: (user) => {
      let verdict = verdicts.get(user.id);
      if (verdict === undefined) {
        const reader = readerForUser(services.db, user.id, processId);
        verdict = reader !== null && isReadable(reader, thread);
        verdicts.set(user.id, verdict);
      }
      return verdict;
    },
  });
}

/** Tells only one user's other tabs (unread markers are personal). */
export function announceThreadReadBy(services: Pick<Services, 'events'>, thread: ThreadRow, userId: string): void {
  services.events.publish({
    type: 'thread.changed',
    documentId: thread.documentId,
    data: { threadId: thread.id, pid: thread.pid },
    audience: (user) => user.id === userId,
  });
}
