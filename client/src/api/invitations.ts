import type { InvitationInfoResponse, LoginResponse } from '@plenary/shared/api/index';
import { participant } from './auth.ts';
import { request } from './http.ts';
import type { Me } from './types.ts';

export type InvitationInfo = InvitationInfoResponse;

const invitationPath = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;

/** What a link is for; a used, withdrawn or expired one is a 403 saying which, an unknown one a 404. */
export function getInvitation(token: string, signal?: AbortSignal): Promise<InvitationInfo> {
  return request<InvitationInfo>(invitationPath(token), { signal, ignoreUnauthorized: true });
}

/**
 * Uses the link: a new account with this password, or the existing account proved by it, or a new password
 * (a reset). Signs in; a wrong current password is a 401 that must not count as a lost session.
 */
export async function acceptInvitation(token: string, password: string): Promise<Me> {
  const { me } = await request<LoginResponse>(`${invitationPath(token)}/accept`, {
    method: 'POST',
    body: { password },
    ignoreUnauthorized: true,
  });
  return participant(me);
}
