import { getThread, listThreads, type Thread } from '../api/threads.ts';
import type { CollectionSource } from '../data/liveCollection.ts';

/**
 * The document's threads as the server lets this reader see them: the whole list on load and after a
 * reconnection, one thread each time a `thread.changed` event names it (a 404 means it is gone, or no
 * longer readable, and removes it).
 */
export function threadSource(documentId: string): CollectionSource<Thread> {
  return {
    key: `threads:${documentId}`,
    idOf: (thread) => thread.id,
    fetchList: async (signal) => ({ items: await listThreads(documentId, signal) }),
    fetchOne: getThread,
    live: { documentId, events: { 'thread.changed': (event) => event.data.threadId } },
  };
}
