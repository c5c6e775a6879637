import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import type { Thread } from '../api/threads.ts';
import type { CommentStore } from './commentStore.ts';

/**
 * Opens the thread named by `?thread=` (a notification's link) once the threads are loaded, then drops the
 * parameter so that the address stays the document's. The editor scrolls there once it is ready.
 */
export function useThreadLink(store: CommentStore, threads: { loaded: boolean; items: readonly Thread[] }): void {
  const [params, setParams] = useSearchParams();
  const wanted = params.get('thread');

  useEffect(() => {
    if (!wanted || !threads.loaded) return;
    const thread = threads.items.find((t) => t.id === wanted);
    if (thread) {
      store.openThread(thread.id);
      store.reveal(thread.pid);
    } else {
      store.update({ notice: 'That comment thread is no longer available to you.', scope: 'document' });
      store.reveal(null);
    }
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('thread');
        return next;
      },
      { replace: true },
    );
  }, [wanted, threads.loaded, threads.items, store, setParams]);
}
