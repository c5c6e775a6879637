import type { MeResponse, SessionEntry, SessionsResponse } from '@plenary/shared/api/index';
import { participant } from './auth.ts';
import { request } from './http.ts';
import type { Me } from './types.ts';

export type { SessionEntry };

/** The process this device works in from now on; answers who the person is there. */
export async function setCurrentProcess(processId: string): Promise<Me> {
  return participant(await request<MeResponse>('/api/me/process', { method: 'PUT', body: { processId } }));
}

/** The devices the person is signed in on, newest first; `current` is this one. */
export async function listSessions(signal?: AbortSignal): Promise<SessionEntry[]> {
  return (await request<SessionsResponse>('/api/me/sessions', { signal })).sessions;
}

/** Signs another device out: its next request is refused, its open connections end at once. */
export function endSession(id: string): Promise<void> {
  return request<void>(`/api/me/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
