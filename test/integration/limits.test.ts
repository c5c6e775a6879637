import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_MESSAGE_TOO_BIG, CLOSE_TOO_FAST, CLOSE_TOO_MANY_SOCKETS } from '@plenary/shared/protocol/index';
import { ApiClient } from '../support/api-client.ts';
import { DEMO_EMAILS } from '../support/demo-accounts.ts';
import { operativeParagraphs, scratchCopy, syncUpdateMessage } from '../support/hostile-updates.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { browserUpgradeHeaders, connectSyncClient, eventually } from '../support/sync-client.ts';
import { blocks, blockText, insertText } from '../support/yjs-text.ts';
import { expectError, listProposals, paragraph } from './proposals-fixtures.ts';

/**
 * The per-user limits, tried as a client that wants to stall everyone else would: a flood of requests, a flood
 * of changes, one huge change, and socket after socket. Limits are set low so that a test reaches them quickly;
 * each test uses its own accounts, since what one user spent stays spent.
 */

const DOC = 'gcm-compact';
const LIMITS = {
  API_REQUESTS_PER_SECOND: '1',
  API_REQUEST_BURST: '20',
  SYNC_MESSAGES_PER_SECOND: '5',
  SYNC_MESSAGE_BURST: '30',
  SYNC_BYTES_PER_SECOND: '20000',
  SYNC_BYTE_BURST: '65536',
  SYNC_MAX_MESSAGE_BYTES: '65536',
  SYNC_SOCKETS_PER_DOCUMENT: '2',
};

let server: ServerProcess;

beforeAll(async () => {
  server = await startServerProcess({ env: LIMITS });
});
afterAll(() => server?.stop());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Signs in; the sign-in itself is counted against the address, which all the tests share, so it is paced. */
async function login(email: string): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  for (;;) {
    const response = await client.post('/api/auth/login', { email, password: 'demo' });
    if (response.status === 200) return client;
    if (response.status !== 429) throw new Error(`Login as ${email} failed: ${response.status}`);
    await sleep(Number(response.headers.get('retry-after')) * 1000);
  }
}

interface RawSocket {
  ws: WebSocket;
  closed: Promise<{ code: number; reason: string }>;
}

/** A bare socket on the document as the user behind `cookie`; rejects with the HTTP status when the upgrade is refused. */
function openSocket(cookie: string): Promise<RawSocket> {
  const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/sync/${DOC}`, { headers: browserUpgradeHeaders(server.url, cookie) });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, closed }));
    ws.once('unexpected-response', (_request, response) => reject(new Error(`upgrade refused: ${response.statusCode}`)));
    ws.once('error', reject);
  });
}

/** The document as the server has it now, through a fresh stock client. */
async function storedText(cookie: string): Promise<Y.Doc> {
  const client = connectSyncClient(server.url, DOC, cookie);
  await client.synced;
  const copy = scratchCopy(client.doc);
  client.destroy();
  return copy;
}

function operativePid(doc: Y.Doc, index = 0): string {
  const block = operativeParagraphs(doc)[index];
  if (!block) throw new Error(`no operative paragraph ${index}`);
  return block.getAttribute('pid') as string;
}

describe('REST requests per user', () => {
  it('answers 429 with Retry-After once a user is over the rate, stores nothing of it, and serves again after the wait', async () => {
    const eu = await login(DEMO_EMAILS.eu);
    const g77 = await login(DEMO_EMAILS.g77);
    const op1 = await paragraph(eu, 'OP1');
    const before = (await listProposals(eu)).length;
    // Two requests are spent above; the burst of 20 goes with 25 more at once.
    const statuses = await Promise.all(Array.from({ length: 25 }, async () => (await eu.get('/api/me')).status));
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(19);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(6);

    const refused = await eu.post(`/api/documents/${DOC}/proposals`, {
      pid: op1.pid,
      kind: 'amend',
      text: `${op1.text} More.`,
      justification: 'x',
    });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1).toBe(true);
    expect((await expectError(refused, 429, 'rate_limited')).message).toMatch(/try again in \d+ s/);

    // Someone else is served meanwhile: the limit is the user's, not the server's.
    expect((await g77.get('/api/me')).status).toBe(200);

    await sleep(retryAfter * 1000);
    expect((await listProposals(eu)).length).toBe(before);
  });

  it('counts an export as ten requests', async () => {
    const canada = await login(DEMO_EMAILS.canada);
    await sleep(500);
    expect((await canada.get(`/api/documents/${DOC}/export.md`)).status).toBe(200);
    expect((await canada.get(`/api/documents/${DOC}/export.md`)).status).toBe(200);
    await expectError(await canada.get(`/api/documents/${DOC}/export.md`), 429, 'rate_limited');
  });
});

describe('sync messages per user', () => {
  it('closes a socket that floods changes with 4429, keeps what came before, and lets others edit meanwhile', async () => {
    const flooder = await login(DEMO_EMAILS.cofacilitator);
    const other = await login(DEMO_EMAILS.cofacilitator2);
    const reader = await login(DEMO_EMAILS.observer);
    const base = await storedText(flooder.cookie);
    const pid = operativePid(base);
    const before = blockText(blocks(base).find((b) => b.getAttribute('pid') === pid)!);

    const socket = await openSocket(flooder.cookie);
    // 60 keystrokes sent at once, each its own update: twice the burst.
    const typist = scratchCopy(base);
    const updates: Uint8Array[] = [];
    typist.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 60; i++) insertText(typist, pid, before.length + i, 'x');
    for (const update of updates) socket.ws.send(syncUpdateMessage(update));
    const closed = await socket.closed;
    expect(closed.code).toBe(CLOSE_TOO_FAST);
    expect(closed.reason).toMatch(/faster than the server accepts/);

    // A second socket of the same user gets nothing more: the allowance is the user's, not the socket's.
    const second = await openSocket(flooder.cookie);
    second.ws.send(syncUpdateMessage(Y.encodeStateAsUpdate(typist)));
    expect((await second.closed).code).toBe(CLOSE_TOO_FAST);

    // Another pen-holder's edit reaches a reader while the flooder waits.
    const writer = connectSyncClient(server.url, DOC, other.cookie);
    const watcher = connectSyncClient(server.url, DOC, reader.cookie);
    await Promise.all([writer.synced, watcher.synced]);
    const otherPid = operativePid(writer.doc, 1);
    insertText(writer.doc, otherPid, 0, 'Meanwhile ');
    await eventually(() => expect(blockText(blocks(watcher.doc).find((b) => b.getAttribute('pid') === otherPid)!)).toMatch(/^Meanwhile /));
    writer.destroy();
    watcher.destroy();

    // What was accepted before the close is stored, whole keystrokes only, in order.
    const after = blockText(blocks(await storedText(reader.cookie)).find((b) => b.getAttribute('pid') === pid)!);
    const typed = after.slice(before.length);
    expect(after.startsWith(before)).toBe(true);
    expect(typed).toMatch(/^x+$/);
    expect(typed.length).toBeGreaterThanOrEqual(25);
    expect(typed.length).toBeLessThan(60);
  });

  it('closes with 1009 on a message over the size limit, and stores nothing of it', async () => {
    const writer = await login(DEMO_EMAILS.cofacilitator2);
    const base = await storedText(writer.cookie);
    const pid = operativePid(base);
    const huge = scratchCopy(base);
    const updates: Uint8Array[] = [];
    huge.on('update', (update: Uint8Array) => updates.push(update));
    insertText(huge, pid, 0, 'H'.repeat(70_000));
    const socket = await openSocket(writer.cookie);
    socket.ws.send(syncUpdateMessage(updates[0]!));
    expect((await socket.closed).code).toBe(CLOSE_MESSAGE_TOO_BIG);
    const stored = blocks(await storedText(writer.cookie)).find((b) => b.getAttribute('pid') === pid)!;
    expect(blockText(stored)).not.toContain('HHHH');
  });
});

describe('sync sockets per user and document', () => {
  it('refuses a third socket with 429, counts concurrent upgrades too, and frees a place when one closes', async () => {
    const ohchr = await login(DEMO_EMAILS.ohchr);
    const first = await openSocket(ohchr.cookie);
    const second = await openSocket(ohchr.cookie);
    await expect(openSocket(ohchr.cookie)).rejects.toThrow('upgrade refused: 429');

    first.ws.close();
    await first.closed;
    const third = await openSocket(ohchr.cookie);
    second.ws.close();
    third.ws.close();
    await Promise.all([second.closed, third.closed]);

    // Five upgrades at once all pass the check before any of them is open: the count at open still holds.
    const attempts = await Promise.allSettled(Array.from({ length: 5 }, () => openSocket(ohchr.cookie)));
    const opened = attempts.flatMap((attempt) => (attempt.status === 'fulfilled' ? [attempt.value] : []));
    const outcomes = await Promise.all(
      opened.map((socket) => Promise.race([socket.closed.then((c) => c.code), sleep(1000).then(() => 'open' as const)])),
    );
    expect(outcomes.filter((outcome) => outcome === 'open').length).toBe(2);
    expect(outcomes.filter((outcome) => outcome !== 'open').every((code) => code === CLOSE_TOO_MANY_SOCKETS)).toBe(true);
    for (const attempt of attempts) if (attempt.status === 'rejected') expect(String(attempt.reason)).toMatch(/429/);
    for (const socket of opened) socket.ws.close();
  });
});
