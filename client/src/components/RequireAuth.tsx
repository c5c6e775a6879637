import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../hooks/session.tsx';
import { StateMessage } from './StateMessage.tsx';

/** Sends anonymous visitors to /login, remembering where they wanted to go. */
export function RequireAuth() {
  const { state, retry } = useSession();
  const location = useLocation();

  if (state.status === 'loading') return <StateMessage kind="loading">Opening your session…</StateMessage>;
  if (state.status === 'error') {
    return (
      <StateMessage kind="error" action={{ label: 'Try again', onClick: retry }}>
        {state.message}
      </StateMessage>
    );
  }
  if (state.status === 'anonymous') {
    const next = location.pathname + location.search + location.hash;
    const search = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/login${search}`} replace />;
  }
  return <Outlet />;
}
