import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { fetchMe, login as apiLogin, logout as apiLogout } from '../api/auth.ts';
import { setUnauthorizedListener } from '../api/http.ts';
import { setCurrentProcess } from '../api/me.ts';
import type { Me } from '../api/types.ts';
import { reopenLiveEvents, useLiveEvents } from '../live/useLiveEvents.ts';

type SessionState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  /** `ended`: the person was signed in on this page and the server ended it (elsewhere, by the secretariat, or expired). */
  | { status: 'anonymous'; ended?: boolean }
  | { status: 'authenticated'; me: Me };

interface Session {
  state: SessionState;
  logIn: (email: string, password: string) => Promise<Me>;
  /** Signed in by other means than the login form: an accepted invitation answers with the person. */
  enter: (me: Me) => void;
  logOut: () => Promise<void>;
  /** The process this device works in from now on: the whole app follows the person's capacity there. */
  switchProcess: (processId: string) => Promise<Me>;
  retry: () => void;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Knows who is signed in: asks the server once, then follows logins, logouts and ended sessions, and asks again
 * when the secretariat changes the person's capacity (`membership.changed`), so that the pen and every
 * role-dependent control follow without a reload.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  /** Set while this page signs out on purpose: the ended sockets and streams are no surprise then. */
  const leaving = useRef(false);

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

  const endSession = useCallback(() => {
    setState((previous) =>
      previous.status === 'anonymous' ? previous : { status: 'anonymous', ended: previous.status === 'authenticated' && !leaving.current },
    );
  }, []);

  useEffect(() => {
    setUnauthorizedListener(endSession);
    return () => setUnauthorizedListener(null);
  }, [endSession]);

  /** Who the person is now; a failure to ask leaves the page as it is, for the next event or reconnection. */
  const reread = useCallback(async (): Promise<'signed-in' | 'signed-out' | 'unknown'> => {
    let me: Me | null;
    try {
      me = await fetchMe();
    } catch {
      return 'unknown';
    }
    if (me) setState((previous) => (previous.status === 'authenticated' ? { status: 'authenticated', me } : previous));
    else endSession();
    return me ? 'signed-in' : 'signed-out';
  }, [endSession]);

  const authenticated = state.status === 'authenticated';
  const streamOpened = useRef(false);
  useEffect(() => {
    if (!authenticated) streamOpened.current = false;
  }, [authenticated]);
  useLiveEvents(
    { 'membership.changed': () => void reread() },
    {
      enabled: authenticated,
      // A reconnected stream may have missed a change of capacity; its first connection missed nothing.
      onReconnect: () => {
        if (streamOpened.current) void reread();
        streamOpened.current = true;
      },
      // The server refuses the stream once the session is over (deactivated, signed out elsewhere).
      onLost: () => {
        void reread().then((answer) => {
          if (answer === 'signed-in') reopenLiveEvents();
        });
      },
    },
  );

  const logIn = useCallback(async (email: string, password: string) => {
    const me = await apiLogin(email, password);
    leaving.current = false;
    setState({ status: 'authenticated', me });
    return me;
  }, []);

  const enter = useCallback((me: Me) => {
    leaving.current = false;
    setState({ status: 'authenticated', me });
  }, []);

  const logOut = useCallback(async () => {
    leaving.current = true;
    try {
      await apiLogout();
    } finally {
      setState({ status: 'anonymous' });
    }
  }, []);

  const switchProcess = useCallback(async (processId: string) => {
    const me = await setCurrentProcess(processId);
    setState({ status: 'authenticated', me });
    return me;
  }, []);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const session = useMemo(
    () => ({ state, logIn, enter, logOut, switchProcess, retry }),
    [state, logIn, enter, logOut, switchProcess, retry],
  );
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
