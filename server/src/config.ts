import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  production: boolean;
  /** Public origin, used for CSRF checks; defaults to http://HOST:PORT. */
  origin: string | undefined;
  /** Seconds between background compactions of open documents. */
  compactionIntervalMs: number;
  /**
   * Milliseconds between pings of every sync socket (one unanswered ping closes it) and between checks that the
   * sessions of live sockets and event streams have not expired.
   */
  syncKeepaliveMs: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const syncKeepaliveMs = Number(env.SYNC_KEEPALIVE_MS ?? 30_000);
  if (!Number.isInteger(syncKeepaliveMs) || syncKeepaliveMs <= 0) {
    throw new Error(`SYNC_KEEPALIVE_MS must be a positive number of milliseconds, got "${env.SYNC_KEEPALIVE_MS}"`);
  }
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    production: env.NODE_ENV === 'production',
    origin: env.PUBLIC_ORIGIN,
    compactionIntervalMs: Number(env.COMPACTION_INTERVAL_MS ?? 30_000),
    syncKeepaliveMs,
  };
}
