import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import { openDatabase } from './db/client.ts';
import { seedReferenceData } from './seed/reference.ts';
import { backfillProposalDiffs } from './commands/proposal-diff-backfiller.ts';
import { seedDemo, type DemoSeedResult } from './seed/demo.ts';
import { seedDemoInputs } from './seed/demo-inputs.ts';
import { DocumentStore } from './sync/persistence.ts';
import { RoomRegistry } from './sync/room-registry.ts';
import { EventHub } from './events/event-hub.ts';
import { LoginThrottle } from './auth/login-throttle.ts';
import { SyncLimiter } from './sync/sync-limiter.ts';
import { ConnectionRegistry } from './auth/connection-registry.ts';
import { liveSessionIds } from './auth/sessions.ts';
import { Keepalive } from './sync/keepalive.ts';
import { lockedPids } from './queries/paragraph-statuses.ts';
import type { Services } from './services.ts';
import { createMailer } from './mail/mailer.ts';
import { fileClock, systemClock } from './clock.ts';
import { settleDueSilences, watchSilenceDeadlines } from './silence-settlement.ts';

/** How often the server looks for silence procedures whose deadline has passed, so viewers see the end live. */
const SILENCE_CHECK_MS = 2_000;

export interface RunningServer {
  url: string;
  services: Services;
  demo: DemoSeedResult | null;
  /** Stops accepting connections, flushes every open document and closes the database. */
  close(): Promise<void>;
}

/** The database, migrated and seeded, and the services on it; nothing listens yet. */
async function openServices(config: Config): Promise<{ services: Services; demo: DemoSeedResult | null }> {
  const db = openDatabase(config.dataDir, config.migrationsDir);
  seedReferenceData(db);
  backfillProposalDiffs(db);
  const demo = config.production ? null : await seedDemo(db);
  const store = new DocumentStore(db);
  const rooms = new RoomRegistry(store, config.compactionIntervalMs, (documentId) => lockedPids(db, documentId));
  const loginThrottle = new LoginThrottle({ account: config.loginLockBaseMs ? { baseDelayMs: config.loginLockBaseMs } : {} });
  const connections = new ConnectionRegistry((ids) => liveSessionIds(db, ids), config.syncKeepaliveMs);
  const keepalive = new Keepalive(config.syncKeepaliveMs);
  const clock = config.clockFile ? fileClock(config.clockFile) : systemClock;
  const syncLimiter = new SyncLimiter(config.limits);
  const services: Services = {
    db,
    config,
    rooms,
    store,
    events: new EventHub(),
    loginThrottle,
    connections,
    keepalive,
    clock,
    syncLimiter,
    mailer: createMailer(config.smtpUrl, config.mailFrom),
  };
  if (demo?.created && config.demoInputs) seedDemoInputs(services);
  return { services, demo };
}

/** Stops the services' timers and saves every open document; the database stays open. */
function stopServices(services: Services): void {
  services.mailer?.close();
  services.keepalive.stop();
  services.connections.stop();
  services.rooms.shutdown();
}

/**
 * Migrates and seeds the data folder (the demo too, outside production), then closes it. Run in a process of its
 * own before the server, it leaves the server's heap free of the seeding's garbage, which V8 keeps for good.
 */
export async function prepareData(config: Config): Promise<void> {
  const { services } = await openServices(config);
  stopServices(services);
  services.db.$client.close();
}

export async function startServer(config: Config): Promise<RunningServer> {
  const { services, demo } = await openServices(config);
  settleDueSilences(services);
  const stopSilenceWatch = watchSilenceDeadlines(services, SILENCE_CHECK_MS);
  const { app, injectWebSocket } = createApp(services);

  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  injectWebSocket(server);
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${config.host}:${port}`,
    services,
    demo,
    close() {
      closing ??= new Promise<void>((resolve) => {
        stopSilenceWatch();
        stopServices(services);
        server.close(() => {
          services.db.$client.close();
          resolve();
        });
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      return closing;
    },
  };
}
