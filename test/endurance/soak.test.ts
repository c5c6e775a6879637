/**
 * A soak: clients connect, edit and drop (half of them abruptly, the socket cut without a close) over and over.
 * After the warm-up the server's memory may not grow by more than 10 %, and once every client has gone it holds
 * no more sockets or files than before they came (no leaked rooms, sockets or streams).
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
    let warmRss = 0;
    let sessions = 0;
    let edits = 0;
    const refusals: Record<string, number> = {};
    const samples: number[] = [];
    const warmHeap = sleep(warmedUpAt - Date.now()).then(() => heapAfterGcMb(output()));
    const sampler = setInterval(() => {
      const rss = residentMb(pid);
      samples.push(rss);
      if (Date.now() < warmedUpAt) warmRss = Math.max(warmRss, rss);
    }, 500);

    await Promise.all(
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
        while (Date.now() < deadline) {
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
    clearInterval(sampler);
    // The server notices vanished sockets by their missing pongs (keepalive); give it that long, then measure.
    await sleep(2000);
    const settled = Date.now() + 60_000;
    while (openDescriptors(pid) > baselineDescriptors + 2 && Date.now() < settled) await sleep(500);
    const endRss = residentMb(pid);
    const [heapWarm, heapEnd] = [await warmHeap, await heapAfterGcMb(output())];
    const descriptors = openDescriptors(pid);
    console.log(
      `soak: ${CLIENTS} clients, ${sessions} sessions, ${edits} edits in ${(DURATION_MS / 1000).toFixed(0)} s; RSS after warm-up ` +
        `${warmRss.toFixed(0)} MB, peak ${Math.max(...samples).toFixed(0)} MB, at the end ${endRss.toFixed(0)} MB; descriptors ` +
        `${baselineDescriptors} before, ${descriptors} after; live heap after the warm-up ${heapWarm.toFixed(1)} MB, at the end ${heapEnd.toFixed(1)} MB; refused ${JSON.stringify(refusals)} (seed ${seed})`,
    );
    // Clients that behave are never refused, however many come and go.
    expect(refusals).toEqual({});
    expect(heapEnd).toBeLessThanOrEqual(heapWarm * 1.1);
    expect(descriptors).toBeLessThanOrEqual(baselineDescriptors + 2);
    expect((await (await ApiClient.login(url, DEMO_EMAILS.observer)).get('/api/me')).status).toBe(200);
  });
});
