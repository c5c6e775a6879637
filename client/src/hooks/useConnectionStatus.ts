import { useEffect, useState } from 'react';
import type { Collaboration } from './useCollaboration.ts';
import { isWaitingToReconnect } from '../lib/throttledReconnect.ts';

export type ConnectionState = 'connected' | 'connecting' | 'reconnecting' | 'offline';

export interface ConnectionStatus {
  state: ConnectionState;
  /** Local edits the server has not confirmed yet. */
  unsent: boolean;
  /** Set when the server refused the connection for good (e.g. no access); no retry follows. */
  refusal: string | null;
}

/** After this many failed attempts in a row (about five seconds of backoff), say "offline" rather than "reconnecting". */
const ATTEMPTS_BEFORE_OFFLINE = 5;
/** While connected, edits are confirmed within milliseconds; only a longer wait is worth showing. */
const UNSENT_GRACE_MS = 2000;

function currentState(collaboration: Collaboration, hasBeenSynced: boolean): ConnectionState {
  const { provider } = collaboration;
  if (!navigator.onLine) return 'offline';
  if (provider.wsconnected && provider.synced) return 'connected';
  if (!hasBeenSynced) return provider.wsUnsuccessfulReconnects >= ATTEMPTS_BEFORE_OFFLINE ? 'offline' : 'connecting';
  if (!provider.shouldConnect && !isWaitingToReconnect(provider)) return 'offline';
  return provider.wsUnsuccessfulReconnects >= ATTEMPTS_BEFORE_OFFLINE ? 'offline' : 'reconnecting';
}

export function useConnectionStatus(collaboration: Collaboration | null): ConnectionStatus {
  const [status, setStatus] = useState<ConnectionStatus>({ state: 'connecting', unsent: false, refusal: null });

  useEffect(() => {
    if (!collaboration) return;
    const { provider, acknowledgements } = collaboration;
    let hasBeenSynced = provider.synced;
    let refusal: string | null = null;
    let unsentSince: number | null = null;
    let graceTimer: number | undefined;

    const update = () => {
      if (provider.synced) hasBeenSynced = true;
      const state = refusal ? 'offline' : currentState(collaboration, hasBeenSynced);
      const pending = acknowledgements.hasUnsent;
      unsentSince = pending ? (unsentSince ?? Date.now()) : null;
      const overdue = unsentSince !== null && Date.now() - unsentSince >= UNSENT_GRACE_MS;
      const unsent = pending && (state !== 'connected' || overdue);
      window.clearTimeout(graceTimer);
      if (pending && !unsent) graceTimer = window.setTimeout(update, UNSENT_GRACE_MS);
      setStatus((previous) =>
        previous.state === state && previous.unsent === unsent && previous.refusal === refusal ? previous : { state, unsent, refusal },
      );
    };
    const handleClosed = (event: { code: number; reason: string }) => {
      refusal = event.reason || `The server closed the connection (code ${event.code}).`;
      update();
    };

    provider.on('status', update);
    provider.on('sync', update);
    provider.on('connection-close', update);
    provider.on('closed', handleClosed);
    const unsubscribe = acknowledgements.subscribe(update);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    update();
    return () => {
      window.clearTimeout(graceTimer);
      provider.off('status', update);
      provider.off('sync', update);
      provider.off('connection-close', update);
      provider.off('closed', handleClosed);
      unsubscribe();
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, [collaboration]);

  return status;
}
