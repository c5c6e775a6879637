import { useCallback, useEffect, useState } from 'react';
import { endSession, listSessions, type SessionEntry } from '../api/me.ts';

export interface DeviceSessions {
  sessions: readonly SessionEntry[] | null;
  loading: boolean;
  error: string | null;
  reload: () => void;
  /** Signs another device out, then reads the list again. Rejects with the server's refusal. */
  signOut: (id: string) => Promise<void>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The devices the person is signed in on (`GET /api/me/sessions`), read on mount and on `reload`. */
export function useDeviceSessions(): DeviceSessions {
  const [sessions, setSessions] = useState<readonly SessionEntry[] | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    listSessions(controller.signal).then(
      (list) => {
        setSessions(list);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(messageOf(failure));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [generation]);

  const reload = useCallback(() => {
    setLoading(true);
    setGeneration((n) => n + 1);
  }, []);

  const signOut = useCallback(
    async (id: string) => {
      await endSession(id);
      setSessions((list) => list?.filter((session) => session.id !== id) ?? null);
      reload();
    },
    [reload],
  );

  return { sessions, loading, error, reload, signOut };
}
