import {
  LIVE_EVENT_TYPES,
  LIVE_EVENTS_VERSION,
  parseLiveEvent,
  READY_EVENT,
  type LiveEvent,
  type LiveEventOf,
  type LiveEventType,
  type ReadyMessage,
} from '@plenary/shared/protocol/index';
import { useEffect, useLayoutEffect, useRef } from 'react';

/** What to do on each type of live event; types left out are ignored. */
export type LiveEventHandlers = { [T in LiveEventType]?: (event: LiveEventOf<T>) => void };

type Listener = (event: LiveEvent) => void;

/**
 * One shared EventSource on `/api/events` for the whole tab; it reconnects by itself after a drop.
 * Events say *what* changed; listeners refetch through the API, which filters by what the reader may see.
 */
let source: EventSource | null = null;
const listeners = new Set<Listener>();
const reconnectListeners = new Set<() => void>();
const lostListeners = new Set<() => void>();

function ensureSource() {
  if (source) return;
  source = new EventSource('/api/events');
  const dispatch = (message: MessageEvent<string>) => {
    const event = parseLiveEvent(message.data);
    if (!event) return;
    for (const listener of listeners) listener(event);
  };
  // Every (re)connection starts with 'ready': anything missed while disconnected must be refetched.
  source.addEventListener(READY_EVENT, (message: MessageEvent<string>) => {
    warnOnOtherVersion(message.data);
    reconnectListeners.forEach((l) => l());
  });
  source.onmessage = dispatch;
  for (const type of LIVE_EVENT_TYPES) source.addEventListener(type, dispatch as EventListener);
  // A refused (re)connection, such as a 401 once the session ended, is final: the browser stops retrying.
  const opened = source;
  opened.onerror = () => {
    if (opened.readyState !== EventSource.CLOSED || source !== opened) return;
    source = null;
    lostListeners.forEach((l) => l());
  };
}

/** Opens the stream again after it was lost, for the listeners still there (the session turned out to be alive). */
export function reopenLiveEvents(): void {
  if (listeners.size > 0) ensureSource();
}

/** A server that speaks another version of the events was deployed after this page was loaded. */
function warnOnOtherVersion(data: string) {
  let version: ReadyMessage['data']['version'] | undefined;
  try {
    version = (JSON.parse(data) as Partial<ReadyMessage>).data?.version;
  } catch {
    return;
  }
  if (version !== undefined && version !== LIVE_EVENTS_VERSION) {
    console.warn(`The server sends live events of version ${String(version)}, this page reads ${LIVE_EVENTS_VERSION}: reload it.`);
  }
}

function handle(handlers: LiveEventHandlers, event: LiveEvent) {
  const handler = handlers[event.type] as ((event: LiveEvent) => void) | undefined;
  handler?.(event);
}

interface Options {
  /** Only the events of this document (and those of no document). */
  documentId?: string;
  /** Called after the stream (re)connects, so the caller can refetch what it may have missed. */
  onReconnect?: () => void;
  /** Called when the server refused the stream and the browser gave up on it (the session may have ended). */
  onLost?: () => void;
  /** False: not listening at all (and not opening the stream for it). */
  enabled?: boolean;
}

/**
 * Calls the handler of each live event's type (optionally only for events of one document) and `onReconnect`
 * after the stream (re)connects, so the caller can refetch what it may have missed.
 */
export function useLiveEvents(handlers: LiveEventHandlers, options: Options = {}) {
  const current = useRef(handlers);
  const reconnect = useRef(options.onReconnect);
  const lost = useRef(options.onLost);
  // The latest handlers, in place before any event of this render's page can arrive.
  useLayoutEffect(() => {
    current.current = handlers;
    reconnect.current = options.onReconnect;
    lost.current = options.onLost;
  });
  const { documentId, enabled = true } = options;

  useEffect(() => {
    if (!enabled) return;
    ensureSource();
    const listener: Listener = (event) => {
      if (!documentId || !event.documentId || event.documentId === documentId) handle(current.current, event);
    };
    const onReady = () => reconnect.current?.();
    const onLost = () => lost.current?.();
    listeners.add(listener);
    reconnectListeners.add(onReady);
    lostListeners.add(onLost);
    return () => {
      listeners.delete(listener);
      reconnectListeners.delete(onReady);
      lostListeners.delete(onLost);
      if (listeners.size === 0 && source) {
        source.close();
        source = null;
      }
    };
  }, [documentId, enabled]);
}
