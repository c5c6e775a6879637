import { ApiError, request } from './http.ts';
import type { Me } from './types.ts';

export async function login(email: string, password: string): Promise<Me> {
  const { me } = await request<{ me: Me }>('/api/auth/login', {
    method: 'POST',
    body: { email, password },
    ignoreUnauthorized: true,
  });
  return me;
}

export function logout(): Promise<void> {
  return request<void>('/api/auth/logout', { method: 'POST', ignoreUnauthorized: true });
}

/** The current session's person, or null when nobody is signed in. */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await request<Me>('/api/me', { signal, ignoreUnauthorized: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}
