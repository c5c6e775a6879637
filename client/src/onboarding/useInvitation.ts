import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/http.ts';
import { getInvitation, type InvitationInfo } from '../api/invitations.ts';

export type InvitationState =
  | { status: 'loading' }
  | { status: 'ready'; invitation: InvitationInfo }
  /** `unusable`: the server named why (used, withdrawn, expired); `unknown`: no such link; `failed`: could not ask. */
  | { status: 'unusable' | 'unknown' | 'failed'; message: string };

function stateOf(error: unknown): InvitationState {
  if (error instanceof ApiError && error.status === 404) {
    return { status: 'unknown', message: 'Check that the whole link was copied from the message, or ask the secretariat for a new one.' };
  }
  if (error instanceof ApiError && error.status === 403) return { status: 'unusable', message: error.message };
  return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
}

/** What the link in the address is for, asked once; `retry` asks again after a failure to reach the server. */
export function useInvitation(token: string): { state: InvitationState; retry: () => void; markUnusable: (message: string) => void } {
  const [state, setState] = useState<InvitationState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    getInvitation(token, controller.signal).then(
      (invitation) => setState({ status: 'ready', invitation }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState(stateOf(error));
      },
    );
    return () => controller.abort();
  }, [token, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  /** Accepting found the link used or withdrawn meanwhile: the form goes, the reason stays. */
  const markUnusable = useCallback((message: string) => setState({ status: 'unusable', message }), []);

  return { state, retry, markUnusable };
}
