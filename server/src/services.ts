import type { Db } from './db/client.ts';
import type { Config } from './config.ts';
import type { ConnectionRegistry } from './auth/connection-registry.ts';
import type { RoomRegistry } from './sync/room-registry.ts';
import type { DocumentStore } from './sync/persistence.ts';
import type { EventHub } from './events/event-hub.ts';
import type { LoginThrottle } from './auth/login-throttle.ts';
import type { Keepalive } from './sync/keepalive.ts';
import type { Clock } from './clock.ts';
import type { SyncLimiter } from './sync/sync-limiter.ts';
import type { Mailer } from './mail/mailer.ts';

/** Long-lived services every route can reach through `c.var.services`. */
export interface Services {
  db: Db;
  config: Config;
  rooms: RoomRegistry;
  /** The update log of every document; server-side text changes append to it inside their transaction. */
  store: DocumentStore;
  events: EventHub;
  loginThrottle: LoginThrottle;
  /** Live sync sockets and event streams by session, so they end when it does. */
  connections: ConnectionRegistry;
  keepalive: Keepalive;
  /** Sockets per user and document, and how fast a user's sockets may send the text. */
  syncLimiter: SyncLimiter;
  /** The current time of every deadline decision (silence procedures): the system's, or a test's. */
  clock: Clock;
  /** Sends invitation links when SMTP is configured; undefined: links are only shown to the secretariat. */
  mailer: Mailer | undefined;
}
