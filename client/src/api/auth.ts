import type { LoginResponse, MeResponse, SessionResponse } from '@plenary/shared/api/index';
import { ApiError, request } from './http.ts';
import type { Me } from './types.ts';

/** The client is for participants: an account without a membership in a process gets a clear refusal. */
export function participant(me: MeResponse): Me {
  if (me.stakeholder === null) throw new ApiError(403, 'no_membership', 'This account does not take part in any negotiation process.');
  return me;
}

export async function login(email: string, password: string): Promise<Me> {
  const { me } = await request<LoginResponse>('/api/auth/login', {
    method: 'POST',
    body: { email, password },
    ignoreUnauthorized: true,
  });
  return participant(me);
}

export function logout(): Promise<void> {
  return request<void>('/api/auth/logout', { method: 'POST', ignoreUnauthorized: true });
}

/** The current session's person, or null when nobody is signed in (asked so that signed out is no failed request). */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  const session = await request<SessionResponse>('/api/auth/session', { signal, ignoreUnauthorized: true });
  return session.signedIn ? participant(session.me) : null;
}
