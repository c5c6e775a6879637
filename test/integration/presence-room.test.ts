import { afterAll, afterEach, assert, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { ApiClient } from '../support/api-client.ts';
import { DEMO_EMAILS } from '../support/demo-accounts.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { connectSyncClient, eventually, type SyncClient } from '../support/sync-client.ts';

const DOC = 'gcm-compact';
/** Stock y-websocket clients in one room: well over the four client ids one socket may speak for. */
const CLIENTS = 40;

let server: ServerProcess;
let accounts: ApiClient[];
const open: SyncClient[] = [];

beforeAll(async () => {
  server = await startServerProcess();
  accounts = await Promise.all(Object.values(DEMO_EMAILS).map((email) => ApiClient.login(server.url, email)));
});
afterEach(() => {
  for (const client of open.splice(0)) client.destroy();
});
afterAll(() => server?.stop());

/** Connects stock clients one after the other, each publishing a caret, and records every close. */
async function fillRoom(count: number, closes: Array<{ index: number; code: number; reason: string }>): Promise<SyncClient[]> {
  const clients: SyncClient[] = [];
  for (let index = 0; index < count; index++) {
    const account = accounts[index % accounts.length];
    assert(account, 'an account for every client');
    const client = connectSyncClient(server.url, DOC, account.cookie);
    client.provider.on('connection-close', (event: CloseEvent | null) => {
      closes.push({ index, code: event?.code ?? 0, reason: String(event?.reason ?? '') });
    });
    client.provider.awareness.setLocalStateField('user', { name: `Client ${index}`, color: '#1f4e8c' });
    client.provider.awareness.setLocalStateField('cursor', { anchor: index, head: index });
    open.push(client);
    clients.push(client);
    await client.synced;
  }
  return clients;
}

describe('presence in a full room', () => {
  it(`keeps ${CLIENTS} stock clients connected, each seeing all the others, though every one echoes what it receives`, async () => {
    const closes: Array<{ index: number; code: number; reason: string }> = [];
    const clients = await fillRoom(CLIENTS, closes);
    await eventually(() => {
      for (const client of clients) expect(client.provider.awareness.getStates().size).toBe(CLIENTS);
    }, 10_000);
    expect(closes).toEqual([]);
    expect(clients.every((client) => client.provider.wsconnected)).toBe(true);
  });

  it('keeps everyone connected while many move their carets at once', async () => {
    const closes: Array<{ index: number; code: number; reason: string }> = [];
    const clients = await fillRoom(CLIENTS, closes);
    const movers = clients.slice(0, 10);
    // Ten people each move their caret 40 times in two seconds: every other socket is sent, and echoes, 200 a second.
    for (let step = 1; step <= 40; step++) {
      for (const client of movers) client.provider.awareness.setLocalStateField('cursor', { anchor: step, head: step });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const last = movers.map((client) => client.provider.awareness.clientID);
    await eventually(() => {
      for (const client of clients) {
        for (const id of last) expect(client.provider.awareness.getStates().get(id)?.cursor).toEqual({ anchor: 40, head: 40 });
      }
    }, 10_000);
    expect(closes).toEqual([]);
  });

  it("keeps a reader connected whose echo of people's presence arrives after they have left", async () => {
    const closes: Array<{ index: number; code: number; reason: string }> = [];
    const [watcher, ...leavers] = await fillRoom(11, closes);
    assert(watcher);
    const leaverIds = leavers.map((client) => client.provider.awareness.clientID);
    await eventually(() => expect(watcher.provider.awareness.getStates().size).toBe(11), 10_000);
    // What the watcher's stock client sends back on receiving their states, kept until they have all gone.
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(watcher.provider.awareness, leaverIds));
    const lateEcho = encoding.toUint8Array(encoder);
    for (const client of leavers) client.destroy();
    await eventually(() => expect(watcher.provider.awareness.getStates().size).toBe(1), 10_000);
    // Ten client ids, more than one socket may ever claim: an echo that counted as claims would close it (4414).
    watcher.provider.ws!.send(lateEcho);
    const newcomer = connectSyncClient(server.url, DOC, accounts[0]!.cookie);
    open.push(newcomer);
    await newcomer.synced;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(closes.filter((close) => close.index === 0)).toEqual([]);
    expect(watcher.provider.wsconnected).toBe(true);
    // Nobody who left comes back on the screen through it.
    await eventually(() => expect([...newcomer.provider.awareness.getStates().keys()].filter((id) => leaverIds.includes(id))).toEqual([]));
  });
});
