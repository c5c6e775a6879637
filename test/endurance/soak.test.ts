/**
 * A soak: clients connect, edit and drop (half of them abruptly, the socket cut without a close) over and over.
 * The server's live heap at rest (everyone gone, after a full GC) may not grow by more than 10 % from the end of
 * the warm-up to the end, and once every client has gone it holds no more sockets or files than before they came
 * (no leaked rooms, sockets or streams).
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type WebSocket from 'ws';
import { ApiClient } from '../support/api-client.ts';
import { DEMO_EMAILS } from '../support/demo-accounts.ts';
import { startServerProcess, type ServerProcess, UNMETERED_LIMITS } from '../support/server-process.ts';
import { connectSyncClient, type SyncClient } from '../support/sync-client.ts';
import { blocks } from '../support/yjs-text.ts';
import { heapAfterGcMb, openDescriptors, residentMb, seededRandom, seedFromEnvironment, sleep } from './endurance-support.ts';
import { endurance } from './endurance-scale.ts';

const COMPACT = 'gcm-compact';
const CLIENTS = endurance(40, 100);
const DURATION_MS = endurance(45_000, 600_000);
const seed = seedFromEnvironment();
const random = seededRandom(seed);

let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.stop('SIGTERM');
});

/** Resolves null once the client has synced, or with why not: the server's close code, or a timeout. */
function syncedOrRefused(client: SyncClient): Promise<string | null> {
  return new Promise((resolve) => {
    const closes: string[] = [];
    let errors = 0;
    client.provider.on('connection-close', (event: { code: number } | null) => void closes.push(String(event?.code ?? 'local')));
    client.provider.on('connection-error', () => void errors++);
    const timer = setTimeout(() => {
      const state = client.provider.wsconnected ? 'open' : client.provider.wsconnecting ? 'connecting' : 'waiting';
      resolve(`no sync within 30 s (socket ${state}; closed ${closes.join(',') || 'never'}; ${errors} errors)`);
    }, 30_000);
    // y-websocket says `closed` when the server's code tells it not to reconnect (4400–4499).
    client.provider.on('closed', (event: { code: number; reason: string }) => {
      clearTimeout(timer);
      resolve(`closed ${event.code} ${event.reason}`);
    });
    void client.synced.then(() => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}

describe(`a soak of ${CLIENTS} clients connecting, editing and dropping (seed ${seed})`, () => {
  it('keeps memory flat after the warm-up and leaks no socket once everyone has gone', async () => {
    server = await startServerProcess({ env: { ...UNMETERED_LIMITS, SYNC_KEEPALIVE_MS: '2000' }, nodeArgs: ['--inspect=127.0.0.1:0'] });
    const output = server.output;
    const pid = server.child.pid!;
    const url = server.url;
    const cookies = await Promise.all(
      [DEMO_EMAILS.cofacilitator, DEMO_EMAILS.cofacilitator2, DEMO_EMAILS.eu, DEMO_EMAILS.canada, DEMO_EMAILS.observer].map(
        async (email) => (await ApiClient.login(url, email)).cookie,
      ),
    );
    const baselineDescriptors = openDescriptors(pid);
    const deadline = Date.now() + DURATION_MS;
    // V8 grows its heap to a working size first: the warm-up is the first half (short form) or first fifth (full).
    const warmedUpAt = Date.now() + DURATION_MS * endurance(0.5, 0.2);
    let sessions = 0;
    let edits = 0;
    const refusals: Record<string, number> = {};
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(residentMb(pid)), 500);

    /** Every client connects, edits and drops over and over until `until`; then all of them have gone. */
    const round = (until: number) =>
      Promise.all(
        Array.from({ length: CLIENTS }, async (_, i) => {
          const cookie = cookies[i % cookies.length]!;
          const writes = i % cookies.length < 2;
          // A writer is a pen-holder's tab: it comes back with the text it holds, under its one client id, as a
          // reconnecting editor does. (A new Y.Doc per visit would leave thousands of client ids in the text within
          // minutes, and every Yjs transaction, in each of the hundred clients here, costs time in their number.)
          const writerDoc = writes ? new Y.Doc() : undefined;
          const leave = (client: SyncClient) => {
            if (!writerDoc) return client.destroy();
            client.provider.destroy();
            client.provider.awareness.destroy();
          };
          while (Date.now() < until) {
            const client = connectSyncClient(url, COMPACT, cookie, writerDoc);
            const refusal = await syncedOrRefused(client);
            if (refusal !== null) {
              // A stock client stops on a 44xx close and would wait for its sync for ever: count it and go on.
              refusals[refusal] = (refusals[refusal] ?? 0) + 1;
              leave(client);
              continue;
            }
            sessions++;
            if (writes) {
              const paragraphs = blocks(client.doc).filter((b) => b.nodeName === 'operativeParagraph');
              const text = paragraphs[i % 5]?.toArray().find((c): c is Y.XmlText => c instanceof Y.XmlText);
              for (let k = 0; k < 5 && text; k++) {
                client.doc.transact(() => text.insert(0, 'a'));
                client.doc.transact(() => text.delete(0, 1));
                edits += 2;
                await sleep(20);
              }
            }
            await sleep(200 + random() * 800);
            // Half leave politely, half vanish as a closed laptop does.
            if (random() < 0.5) (client.provider.ws as unknown as WebSocket | null)?.terminate();
            leave(client);
          }
          writerDoc?.destroy();
        }),
      );
    /** Waits until the server has let go of every socket (vanished ones by their missing pongs), then reads its heap. */
    const settledHeap = async () => {
      await sleep(2000);
      const settled = Date.now() + 60_000;
      while (openDescriptors(pid) > baselineDescriptors + 2 && Date.now() < settled) await sleep(500);
      return heapAfterGcMb(output());
    };

    // The heap is compared at rest after the warm-up and at rest at the end: a leak is what stays once all have gone.
    await round(warmedUpAt);
    const heapWarm = await settledHeap();
    await round(deadline);
    const heapEnd = await settledHeap();
    clearInterval(sampler);
    const descriptors = openDescriptors(pid);
    console.log(
      `soak: ${CLIENTS} clients, ${sessions} sessions, ${edits} edits in ${(DURATION_MS / 1000).toFixed(0)} s; live heap at rest ` +
        `after the warm-up ${heapWarm.toFixed(1)} MB, at the end ${heapEnd.toFixed(1)} MB; RSS peak ` +
        `${Math.max(...samples).toFixed(0)} MB, at the end ${residentMb(pid).toFixed(0)} MB; descriptors ${baselineDescriptors} ` +
        `before, ${descriptors} after; refused ${JSON.stringify(refusals)} (seed ${seed})`,
    );
    // Clients that behave are never refused, however many come and go.
    expect(refusals).toEqual({});
    expect(heapEnd).toBeLessThanOrEqual(heapWarm * 1.1);
    expect(descriptors).toBeLessThanOrEqual(baselineDescriptors + 2);
    expect((await (await ApiClient.login(url, DEMO_EMAILS.observer)).get('/api/me')).status).toBe(200);
  });
});
