import type { WebsocketProvider } from 'y-websocket';
import { CLOSE_TOO_FAST } from '@plenary/shared/protocol/index';

/** The first wait after the server said "too fast", doubled on each refusal in a row, up to the last. */
const FIRST_WAIT_MS = 1000;
const LONGEST_WAIT_MS = 30_000;
/** A connection that lasts this long without a refusal starts the waits over. */
const CALM_AFTER_MS = 10_000;

const waiting = new WeakSet<WebsocketProvider>();

/** Whether the provider is holding off a reconnection the server asked it to delay. */
export function isWaitingToReconnect(provider: WebsocketProvider): boolean {
  return waiting.has(provider);
}

/**
 * When the server closes the socket for sending too fast (4429), waits before reconnecting: y-websocket's own
 * backoff restarts at 100 ms once a connection syncs, and every reconnection spends the allowance again, so
 * without a longer wait the tab would be refused over and over. Unsent edits stay in the document meanwhile
 * and go with the next sync. Returns the function that stops watching.
 */
export function slowDownWhenThrottled(provider: WebsocketProvider): () => void {
  let wait = FIRST_WAIT_MS;
  let connectedAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const handleStatus = ({ status }: { status: string }) => {
    if (status === 'connected') connectedAt = Date.now();
  };
  const handleClose = (event: CloseEvent | null) => {
    if (event?.code !== CLOSE_TOO_FAST) return;
    if (Date.now() - connectedAt > CALM_AFTER_MS) wait = FIRST_WAIT_MS;
    // Emitted before y-websocket schedules its own reconnection, which this cancels.
    provider.shouldConnect = false;
    waiting.add(provider);
    clearTimeout(timer);
    timer = setTimeout(() => {
      waiting.delete(provider);
      provider.connect();
    }, wait);
    wait = Math.min(wait * 2, LONGEST_WAIT_MS);
  };
  provider.on('status', handleStatus);
  provider.on('connection-close', handleClose);
  return () => {
    clearTimeout(timer);
    waiting.delete(provider);
    provider.off('status', handleStatus);
    provider.off('connection-close', handleClose);
  };
}
