import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { PING_EVENT, readyMessage } from '@plenary/shared/protocol/index';
import type { AppEnv } from '../../http/env.ts';
import { requireSession } from '../../http/session.ts';

const HEARTBEAT_MS = 20_000;

/** `GET /api/events`: one server-sent event stream per open tab, carrying what this user may know about. */
export const eventRoutes = new Hono<AppEnv>().get('/', (c) => {
  const { id: sessionId, user } = requireSession(c);
  const { events, connections } = c.var.services;
  return streamSSE(c, async (stream) => {
    let nextId = 0;
    const unsubscribe = events.subscribe({
      user,
      send: (event) => {
        void stream.writeSSE({ id: String(++nextId), event: event.type, data: JSON.stringify(event) });
      },
    });
    const ready = readyMessage();
    await stream.writeSSE({ event: ready.type, data: JSON.stringify(ready) });
    const heartbeat = setInterval(() => void stream.writeSSE({ event: PING_EVENT, data: '{}' }), HEARTBEAT_MS);
    let unregister = () => {};
    // Ends when the tab goes away, or when its session does (signing out ends the stream at once).
    await new Promise<void>((resolve) => {
      stream.onAbort(resolve);
      if (stream.aborted) resolve();
      unregister = connections.register({ sessionId, end: resolve });
    });
    clearInterval(heartbeat);
    unsubscribe();
    unregister();
  });
});
