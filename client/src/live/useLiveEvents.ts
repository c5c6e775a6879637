import { useEffect, useRef } from 'react';
import { LIVE_EVENT_TYPES, parseLiveEvent, type LiveEvent } from './liveEvent.ts';

type Listener = (event: LiveEvent) => void;

/**
 * One shared EventSource on `/api/events` for the whole tab; it reconnects by itself after a drop.
 * Events say *what* changed; listeners refetch through the API, which filters by what the reader may see.
 */
let source: EventSource | null = null;
const listeners = new Set<Listener>();
const reconnectListeners = new Set<() => void>();

function ensureSource() {
  if (source) return;
  source = new EventSource('/api/events');
  const dispatch = (message: MessageEvent<string>) => {
    const event = parseLiveEvent(message.data);
    if (!event) return;
    for (const listener of listeners) listener(event);
  };
  // Every (re)connection starts with 'ready': anything missed while disconnected must be refetched.
  source.addEventListener('ready', () => reconnectListeners.forEach((l) => l()));
  source.onmessage = dispatch;
  for (const type of LIVE_EVENT_TYPES) source.addEventListener(type, dispatch as EventListener);
}

interface Options {
  /** Only the events of this document (and those of no document). */
  documentId?: string;
  /** Called after the stream (re)connects, so the caller can refetch what it may have missed. */
  onReconnect?: () => void;
  /** False: not listening at all (and not opening the stream for it). */
  enabled?: boolean;
}

/** Calls `onEvent` for every live event (optionally only those of one document) and `onReconnect` after a (re)connection. */
export function useLiveEvents(onEvent: Listener, options: Options = {}) {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const reconnect = useRef(options.onReconnect);
  reconnect.current = options.onReconnect;
  const { documentId, enabled = true } = options;

  useEffect(() => {
    if (!enabled) return;
    ensureSource();
    const listener: Listener = (event) => {
      if (!documentId || !event.documentId || event.documentId === documentId) handler.current(event);
    };
    const onReady = () => reconnect.current?.();
    listeners.add(listener);
    reconnectListeners.add(onReady);
    return () => {
      listeners.delete(listener);
      reconnectListeners.delete(onReady);
      if (listeners.size === 0 && source) {
        source.close();
        source = null;
      }
    };
  }, [documentId, enabled]);
}
