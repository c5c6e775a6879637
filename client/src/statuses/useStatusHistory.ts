import { useEffect, useState } from 'react';
import { getStatusHistory, type StatusTransition } from '../api/statuses.ts';

interface History {
  transitions: StatusTransition[] | null;
  error: string | null;
}

/** One paragraph's status history, fetched again whenever `version` (its latest change) moves. */
export function useStatusHistory(documentId: string, pid: string | null, version: string | null): History {
  const [history, setHistory] = useState<History & { key: string | null }>({ transitions: null, error: null, key: null });
  const key = pid ? `${pid}@${version ?? ''}` : null;

  useEffect(() => {
    if (!pid) return;
    const controller = new AbortController();
    getStatusHistory(documentId, pid, controller.signal).then(
      (transitions) => setHistory({ transitions, error: null, key }),
      (error: unknown) => {
        if (!controller.signal.aborted) setHistory({ transitions: null, error: (error as Error).message, key });
      },
    );
    return () => controller.abort();
  }, [documentId, pid, key]);

  if (history.key !== key) return { transitions: null, error: null };
  return history;
}
