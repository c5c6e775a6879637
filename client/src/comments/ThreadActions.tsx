import { useState } from 'react';
import { setThreadStatus, type Thread } from '../api/threads.ts';
import type { CommentStore } from './commentStore.ts';

/** Resolve or reopen, for the pen-holders and the thread's author; who resolved it, for everyone. */
export function ThreadActions({ thread, store }: { thread: Thread; store: CommentStore }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const resolved = thread.status === 'resolved';

  async function settle() {
    setBusy(true);
    setError(null);
    try {
      store.threads.put(await setThreadStatus(thread.id, resolved ? 'open' : 'resolved'));
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="thread-actions">
      {resolved && thread.resolvedBy && <p className="thread-actions__by">Resolved by {thread.resolvedBy.name}</p>}
      {thread.can.resolve && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void settle()}
          disabled={busy}
          data-testid={resolved ? 'reopen-button' : 'resolve-button'}
        >
          {resolved ? 'Reopen' : 'Resolve'}
        </button>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
