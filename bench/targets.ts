/**
 * The servers a scenario measures, each as its own process so that its CPU and memory can be read from /proc:
 * Plenary (the compiled server, real SQLite) and the two references, y-websocket's own server and Hocuspocus, both
 * in memory and seeded with the compact as Plenary serves it. A target hands out clients: stock y-websocket
 * providers (Plenary, y-websocket) or Hocuspocus's provider, each with its own Y.Doc.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { ApiClient } from '../test/support/api-client.ts';
import { DEMO_EMAILS } from '../test/support/demo-accounts.ts';
import { startServerProcess, UNMETERED_LIMITS } from '../test/support/server-process.ts';
import { connectSyncClient } from '../test/support/sync-client.ts';
import { WebsocketProvider } from 'y-websocket';

export const COMPACT = 'gcm-compact';
const here = path.dirname(fileURLToPath(import.meta.url));

// Every y-websocket provider listens for the process's exit: hundreds of readers are hundreds of listeners.
process.setMaxListeners(0);

export type Role = 'writer' | 'reader';

export interface BenchClient {
  doc: Y.Doc;
  synced: Promise<void>;
  destroy(): void;
}

export interface Target {
  name: string;
  pid: number;
  connect(role: Role): BenchClient;
  stop(): Promise<void>;
}

/** CPU time (user + system) of a process so far, in milliseconds. */
export function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime are fields 14 and 15 of /proc/<pid>/stat, the 12th and 13th after the command name.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** Resident memory of a process now, in MB. */
export function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? 0) / 1024;
}

/** Samples a process's resident memory every 100 ms; `stop` returns the peak. */
export function watchPeakRss(pid: number): { stop(): number } {
  let peak = rssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, rssMb(pid));
    },
  };
}

/** Plenary, with writers signed in as the two co-facilitators and readers as delegates (one login per account). */
export async function startPlenary(): Promise<Target> {
  const server = await startServerProcess({ env: UNMETERED_LIMITS });
  const writers = await Promise.all([DEMO_EMAILS.cofacilitator, DEMO_EMAILS.cofacilitator2].map((e) => ApiClient.login(server.url, e)));
  const readers = await Promise.all([DEMO_EMAILS.eu, DEMO_EMAILS.g77, DEMO_EMAILS.canada].map((e) => ApiClient.login(server.url, e)));
  let written = 0;
  let read = 0;
  return {
    name: 'Plenary',
    pid: server.child.pid!,
    connect(role) {
      const account = role === 'writer' ? writers[written++ % writers.length]! : readers[read++ % readers.length]!;
      return connectSyncClient(server.url, COMPACT, account.cookie);
    },
    async stop() {
      await server.stop();
    },
  };
}

/** The compact's content as Plenary serves it, written to a file the references seed their documents from. */
export async function compactSeedFile(): Promise<string> {
  const server = await startServerProcess({ env: UNMETERED_LIMITS });
  try {
    const api = await ApiClient.login(server.url, DEMO_EMAILS.observer);
    const client = connectSyncClient(server.url, COMPACT, api.cookie);
    await client.synced;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-bench-')), 'compact.yjs');
    fs.writeFileSync(file, Y.encodeStateAsUpdate(client.doc));
    client.destroy();
    return file;
  } finally {
    await server.stop();
  }
}

async function startReference(script: string, seedFile: string) {
  const child = spawn(process.execPath, [...process.execArgv, path.join(here, 'references', script)], {
    cwd: here,
    env: { ...process.env, SEED_FILE: seedFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (d) => (output += d));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      output += d;
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}:\n${output}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    pid: child.pid!,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function syncedWhen(subscribe: (resolve: () => void) => void): Promise<void> {
  return new Promise<void>((resolve) => subscribe(resolve));
}

/** y-websocket's own server, in memory, with stock y-websocket clients. */
export async function startYWebsocket(seedFile: string): Promise<Target> {
  const server = await startReference('y-websocket-server.ts', seedFile);
  return {
    name: 'y-websocket',
    pid: server.pid,
    connect() {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(server.url.replace(/^http/, 'ws'), COMPACT, doc, {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      });
      const synced = syncedWhen((resolve) => (provider.synced ? resolve() : provider.once('sync', (s: boolean) => s && resolve())));
      return {
        doc,
        synced,
        destroy() {
          provider.destroy();
          doc.destroy();
        },
      };
    },
    stop: () => server.stop(),
  };
}

/** Hocuspocus, in memory, with its own provider (it does not speak y-websocket's framing). */
export async function startHocuspocus(seedFile: string): Promise<Target> {
  const server = await startReference('hocuspocus-server.ts', seedFile);
  return {
    name: 'Hocuspocus',
    pid: server.pid,
    connect() {
      const doc = new Y.Doc();
      const websocketProvider = new HocuspocusProviderWebsocket({ url: server.url.replace(/^http/, 'ws'), WebSocketPolyfill: WebSocket });
      let resolveSynced = () => {};
      const synced = new Promise<void>((resolve) => (resolveSynced = resolve));
      const provider = new HocuspocusProvider({ websocketProvider, name: COMPACT, document: doc, onSynced: () => resolveSynced() });
      provider.attach();
      return {
        doc,
        synced,
        destroy() {
          provider.destroy();
          websocketProvider.destroy();
          doc.destroy();
        },
      };
    },
    stop: () => server.stop(),
  };
}

/** Connects `count` clients in batches, so that a few hundred handshakes do not all land in one turn. */
export async function connectMany(target: Target, role: Role, count: number, batch = 50): Promise<BenchClient[]> {
  const clients: BenchClient[] = [];
  for (let i = 0; i < count; i += batch) {
    const some = Array.from({ length: Math.min(batch, count - i) }, () => target.connect(role));
    await Promise.all(some.map((c) => c.synced));
    clients.push(...some);
  }
  return clients;
}

/** Waits until the server has settled after a burst of connections (its CPU under 10 % for half a second). */
export async function settle(target: Target, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const before = cpuMs(target.pid);
    await new Promise((r) => setTimeout(r, 500));
    if (cpuMs(target.pid) - before < 50) return;
  }
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
