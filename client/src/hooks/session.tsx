import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fetchMe, login as apiLogin, logout as apiLogout } from '../api/auth.ts';
import { setUnauthorizedListener } from '../api/http.ts';
import type { Me } from '../api/types.ts';

type SessionState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'anonymous' } | { status: 'authenticated'; me: Me };

interface Session {
  state: SessionState;
  logIn: (email: string, password: string) => Promise<Me>;
  logOut: () => Promise<void>;
  retry: () => void;
}

const SessionContext = createContext<Session | null>(null);

/** Knows who is signed in: asks the server once, then follows logins, logouts and expired sessions. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchMe(controller.signal).then(
      (me) => setState(me ? { status: 'authenticated', me } : { status: 'anonymous' }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  useEffect(() => {
    setUnauthorizedListener(() => setState({ status: 'anonymous' }));
    return () => setUnauthorizedListener(null);
  }, []);

  const logIn = useCallback(async (email: string, password: string) => {
    const me = await apiLogin(email, password);
    setState({ status: 'authenticated', me });
    return me;
  }, []);

  const logOut = useCallback(async () => {
    try {
      await apiLogout();
    } finally {
      setState({ status: 'anonymous' });
    }
  }, []);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const session = useMemo(() => ({ state, logIn, logOut, retry }), [state, logIn, logOut, retry]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** The signed-in person; only for components rendered behind <RequireAuth>. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'authenticated') throw new Error('useMe needs an authenticated session');
  return state.me;
}
