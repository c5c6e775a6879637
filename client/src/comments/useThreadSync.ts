import { useCallback, useEffect } from 'react';
import { ApiError } from '../api/http.ts';
import { getThread, listThreads } from '../api/threads.ts';
import { useLiveEvents } from '../live/useLiveEvents.ts';
import type { CommentStore } from './commentStore.ts';

/**
 * Keeps the store's threads equal to what the server lets this reader see: the whole list on load and after
 * a reconnect, one thread each time a `thread.changed` event names it. Returns a refresher for one thread.
 */
export function useThreadSync(documentId: string, store: CommentStore): (threadId: string) => Promise<void> {
  const loadAll = useCallback(async () => {
    try {
      store.setThreads(await listThreads(documentId));
    } catch (error) {
      store.update({ loadError: error instanceof Error ? error.message : String(error) });
    }
  }, [documentId, store]);

  const refreshThread = useCallback(
    async (threadId: string) => {
      try {
        store.upsertThread(await getThread(threadId));
      } catch (error) {
        // Gone, or no longer readable: the server answers both with 404.
        if (error instanceof ApiError && error.status === 404) store.removeThread(threadId);
      }
    },
    [store],
  );

  useEffect(() => {
    void loadAll();
  }, [loadAll]);

  useLiveEvents(
    { 'thread.changed': (event) => void refreshThread(event.data.threadId) },
    { documentId, onReconnect: () => void loadAll() },
  );

  return refreshThread;
}
