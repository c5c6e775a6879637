import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { openRawSyncSocket, type RawSyncSocket } from '../support/raw-sync-socket.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { connectSyncClient, eventually, type SyncClient } from '../support/sync-client.ts';
import { blockText, blocks, findBlock, insertText } from '../support/yjs-text.ts';
import { openDatabase, paragraph, table } from './proposals-fixtures.ts';

const COMPACT = 'gcm-compact';
const KEEPALIVE_MS = 300;
/** Logout must not wait for a check: this server's would come long after every assertion. */
let slowChecks: ServerProcess;
/** Pings and session checks every KEEPALIVE_MS. */
let fastChecks: ServerProcess;
const open: Array<SyncClient | RawSyncSocket | EventStream> = [];

beforeAll(async () => {
  [slowChecks, fastChecks] = await Promise.all([
    startServerProcess({ env: { SYNC_KEEPALIVE_MS: '600000' } }),
    startServerProcess({ env: { SYNC_KEEPALIVE_MS: String(KEEPALIVE_MS) } }),
  ]);
});
afterEach(() => {
  for (const c of open.splice(0)) {
    if ('provider' in c) c.destroy();
    else if ('ws' in c) c.ws.terminate();
    else c.close();
  }
});
afterAll(async () => {
  await Promise.all([slowChecks?.stop(), fastChecks?.stop()]);
});

interface EventStream {
  types: string[];
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** `GET /api/events` as an EventSource opens it; resolves once the stream said it is ready. */
async function openEvents(server: ServerProcess, as: ApiClient): Promise<EventStream> {
  const abort = new AbortController();
  const response = await fetch(`${server.url}/api/events`, { headers: { cookie: as.cookie }, signal: abort.signal });
  expect(response.status).toBe(200);
  const types: string[] = [];
  let ready!: () => void;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const ended = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      for (const [, type] of decoder.decode(value, { stream: true }).matchAll(/^event: (.+)$/gm)) {
        if (type === 'ready') ready();
        else if (type) types.push(type);
      }
    }
  })();
  ended.catch(() => {});
  await isReady;
  const stream = { types, ended, close: () => abort.abort() };
  open.push(stream);
  return stream;
}

async function sync(server: ServerProcess, as: ApiClient, documentId = COMPACT): Promise<SyncClient> {
  const client = connectSyncClient(server.url, documentId, as.cookie);
  open.push(client);
  await client.synced;
  return client;
}

async function raw(server: ServerProcess, as: ApiClient, documentId = COMPACT, options = {}): Promise<RawSyncSocket> {
  const socket = await openRawSyncSocket(server.url, documentId, as.cookie, options);
  open.push(socket);
  return socket;
}

const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} after ${ms} ms`)), ms))]);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('signing out ends the live connections of that session', () => {
  it("closes the session's sockets and ends its event streams at once; the same user's other session stays connected", async () => {
    const [signingOut, stayingIn, eu] = await Promise.all([
      ApiClient.login(slowChecks.url, 'cofacilitator@demo.test'),
      ApiClient.login(slowChecks.url, 'cofacilitator@demo.test'),
      ApiClient.login(slowChecks.url, 'delegate.eu@demo.test'),
    ]);
    const provider = await sync(slowChecks, signingOut);
    const socket = await raw(slowChecks, signingOut);
    const stream = await openEvents(slowChecks, signingOut);
    const otherProvider = await sync(slowChecks, stayingIn);
    const otherStream = await openEvents(slowChecks, stayingIn);

    expect((await signingOut.post('/api/auth/logout')).status).toBe(204);
    expect((await within(socket.closed, 2000, 'socket still open')).code).toBe(4401);
    await within(stream.ended, 2000, 'event stream still open');
    await eventually(() => expect(provider.provider.wsconnected).toBe(false), 2000);

    // The signed-out editor's provider cannot reconnect (401), so its edits reach nobody.
    const pid = blocks(provider.doc)
      .find((b) => b.nodeName === 'operativeParagraph')!
      .getAttribute('pid')!;
    insertText(provider.doc, pid, 0, 'AFTER LOGOUT ');
    insertText(otherProvider.doc, pid, 0, 'Other session. ');
    const observer = await ApiClient.login(slowChecks.url, 'observer@demo.test');
    await eventually(async () => {
      const text = (await observer.json('GET', `/api/documents/${COMPACT}`)).paragraphs.find((p: any) => p.pid === pid).text;
      expect(text).toMatch(/^Other session\. /);
    });
    await pause(500);
    expect(blockText(findBlock(otherProvider.doc, pid))).not.toContain('AFTER LOGOUT');
    expect(otherProvider.provider.wsconnected).toBe(true);

    const op3 = await paragraph(observer, 'OP3');
    await table(eu, { pid: op3.pid, kind: 'amend', text: `${op3.text} Amended.`, justification: 'Clarity.' });
    await eventually(() => expect(otherStream.types).toContain('proposal.changed'));
    expect(stream.types).not.toContain('proposal.changed');
  });

  it('refuses to reopen a socket or a stream with the signed-out session', async () => {
    const client = await ApiClient.login(slowChecks.url, 'cofacilitator2@demo.test');
    const session = client.cookie;
    await client.post('/api/auth/logout');
    client.cookie = session;
    await expect(openRawSyncSocket(slowChecks.url, COMPACT, session)).rejects.toThrow(/401/);
    expect((await fetch(`${slowChecks.url}/api/events`, { headers: { cookie: session } })).status).toBe(401);
  });
});

describe('sessions that expire end their connections', () => {
  it('closes the socket and ends the stream of an expired session on the next check, and no other', async () => {
    const [expiring, other] = await Promise.all([
      ApiClient.login(fastChecks.url, 'delegate.canada@demo.test'),
      ApiClient.login(fastChecks.url, 'observer@demo.test'),
    ]);
    const socket = await raw(fastChecks, expiring);
    const stream = await openEvents(fastChecks, expiring);
    const otherSocket = await raw(fastChecks, other);
    const otherStream = await openEvents(fastChecks, other);
    await pause(3 * KEEPALIVE_MS);
    expect(socket.ws.readyState).toBe(socket.ws.OPEN);

    const db = openDatabase(fastChecks, { readonly: false });
    try {
      db.prepare(
        "UPDATE sessions SET expires_at = '2000-01-01T00:00:00.000Z' WHERE user_id = (SELECT id FROM users WHERE email = 'delegate.canada@demo.test')",
      ).run();
    } finally {
      db.close();
    }
    expect((await within(socket.closed, 5 * KEEPALIVE_MS, 'socket still open')).code).toBe(4401);
    await within(stream.ended, 5 * KEEPALIVE_MS, 'event stream still open');
    expect(otherSocket.ws.readyState).toBe(otherSocket.ws.OPEN);
    let otherEnded = false;
    otherStream.ended.then(
      () => (otherEnded = true),
      () => {},
    );
    await pause(100);
    expect(otherEnded).toBe(false);
  });
});

describe('keepalive', () => {
  it('keeps sockets that answer pings open', async () => {
    const observer = await ApiClient.login(fastChecks.url, 'observer@demo.test');
    const socket = await raw(fastChecks, observer);
    const provider = await sync(fastChecks, observer);
    let pings = 0;
    socket.ws.on('ping', () => pings++);
    await pause(6 * KEEPALIVE_MS);
    expect(pings).toBeGreaterThanOrEqual(3);
    expect(socket.ws.readyState).toBe(socket.ws.OPEN);
    expect(provider.provider.wsconnected).toBe(true);
  });

  it('closes a socket that stops answering pings, removes its presence, and unloads its room', async () => {
    const documentId = 'gcm-brief-6';
    const [observer, watcherAccount] = await Promise.all([
      ApiClient.login(fastChecks.url, 'observer@demo.test'),
      ApiClient.login(fastChecks.url, 'delegate.eu@demo.test'),
    ]);
    const watcher = await raw(fastChecks, watcherAccount, documentId);
    const dead = await raw(fastChecks, observer, documentId, { autoPong: false });
    dead.sendPresence({ clientId: 31337, clock: 5, state: JSON.stringify({ cursor: 'here' }) });
    await eventually(() => expect(watcher.presence.get(31337)).toMatchObject({ cursor: 'here' }));

    await within(dead.closed, 5 * KEEPALIVE_MS, 'unanswering socket still open');
    await eventually(() => expect(watcher.presence.get(31337)).toBeNull(), 2000);
    expect(watcher.ws.readyState).toBe(watcher.ws.OPEN);

    // Alone in its room, a second unanswering socket leaves it empty: the room is unloaded and forgets its
    // presence clocks, so a later socket's lower clock for the same client id is accepted (a loaded room ignores it).
    watcher.ws.close();
    await watcher.closed;
    const lonely = await raw(fastChecks, observer, documentId, { autoPong: false });
    lonely.sendPresence({ clientId: 40404, clock: 5, state: '{"cursor":1}' });
    await eventually(() => expect(lonely.presence.get(40404)).toEqual(expect.objectContaining({ cursor: 1 })));
    await within(lonely.closed, 5 * KEEPALIVE_MS, 'unanswering socket still open');
    const fresh = await raw(fastChecks, observer, documentId);
    fresh.sendPresence({ clientId: 40404, clock: 1, state: '{"cursor":2}' });
    await eventually(() => expect(fresh.presence.get(40404)).toEqual(expect.objectContaining({ cursor: 2 })), 2000);
  });
});
