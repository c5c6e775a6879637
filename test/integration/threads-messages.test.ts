import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { connectSyncClient, eventually } from '../support/sync-client.ts';
import { findBlock } from '../support/yjs-text.ts';
import { createDelegate, openEventStream, pidOf, statusOf, waitForThreadEvent } from './threads-fixtures.ts';

let server: ServerProcess;
let canada: ApiClient;
let canada2: ApiClient;
let eu: ApiClient;
let cofacilitator: ApiClient;
let observer: ApiClient;
let op3: string;
let op4: string;

beforeAll(async () => {
  server = await startServerProcess();
  canada = await ApiClient.login(server.url, 'delegate.canada@demo.test');
  canada2 = await createDelegate(server.url, 'canada.second@test.example', 'Marc Gagnon', 'CAN');
  eu = await ApiClient.login(server.url, 'delegate.eu@demo.test');
  cofacilitator = await ApiClient.login(server.url, 'cofacilitator@demo.test');
  observer = await ApiClient.login(server.url, 'observer@demo.test');
  op3 = await pidOf(canada, 'gcm-compact', 'OP3');
  op4 = await pidOf(canada, 'gcm-compact', 'OP4');
});
afterAll(() => server?.stop());

const openThread = (client: ApiClient, body: Record<string, unknown>) =>
  client.json('POST', '/api/documents/gcm-compact/threads', { pid: op3, visibility: 'all', ...body });

async function errorOf(response: Response) {
  return { status: response.status, code: ((await response.json()) as { error: { code: string } }).error.code };
}

describe('opening a thread', () => {
  it('returns the thread with attribution of the author in their capacity', async () => {
    const thread = await openThread(eu, { body: 'The Union would prefer "shall" here.' });
    expect(thread).toMatchObject({
      documentId: 'gcm-compact',
      pid: op3,
      visibility: 'all',
      audience: 'All participants',
      anchor: null,
      status: 'open',
      resolvedBy: null,
      unread: false,
      author: { name: 'Claire Dubois', stakeholder: { id: 'group-eu', name: 'European Union', shortName: 'EU' }, roleLabel: 'delegate' },
    });
    expect(thread.author.capacity).toBe('Claire Dubois — European Union — delegate');
    expect(thread.messages).toHaveLength(1);
    expect(thread.messages[0]).toMatchObject({ body: 'The Union would prefer "shall" here.', deleted: false, editedAt: null, mine: true });
    expect(Date.parse(thread.messages[0].createdAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses malformed payloads with 400', async () => {
    const post = (body: unknown) => canada.post('/api/documents/gcm-compact/threads', body);
    expect(await errorOf(await post({ pid: op3, visibility: 'public', body: 'x' }))).toEqual({ status: 400, code: 'invalid_input' });
    expect(await errorOf(await post({ pid: op3, visibility: 'all', body: '   ' }))).toEqual({ status: 400, code: 'invalid_input' });
    expect(await errorOf(await post({ pid: op3, visibility: 'all', body: 'x'.repeat(10_001) }))).toEqual({
      status: 400,
      code: 'invalid_input',
    });
    expect(await errorOf(await post({ visibility: 'all', body: 'no paragraph' }))).toEqual({ status: 400, code: 'invalid_input' });
    expect(await errorOf(await post({ pid: 'no-such-pid', visibility: 'all', body: 'x' }))).toEqual({
      status: 400,
      code: 'unknown_paragraph',
    });
    expect(await errorOf(await post('{"pid": '))).toEqual({ status: 400, code: 'invalid_json' });
    const anchor = { start: 'not base64!', end: 'AAAA', quote: 'x' };
    expect(await errorOf(await post({ pid: op3, visibility: 'all', body: 'x', anchor }))).toEqual({ status: 400, code: 'invalid_input' });
    const junk = { start: 'AAAAAA==', end: 'AAAAAA==', quote: 'x' };
    expect(await errorOf(await post({ pid: op3, visibility: 'all', body: 'x', anchor: junk }))).toEqual({
      status: 400,
      code: 'invalid_anchor',
    });
    expect(await statusOf(await post({ pid: op3, visibility: 'all', body: 'x'.repeat(10_000) }))).toBe(201);
  });

  it('answers 404 for an unknown document, 401 without a session and 403 to observers', async () => {
    expect(await statusOf(await canada.post('/api/documents/no-such-doc/threads', { pid: op3, visibility: 'all', body: 'x' }))).toBe(404);
    expect(
      await statusOf(
        await new ApiClient(server.url).post('/api/documents/gcm-compact/threads', { pid: op3, visibility: 'all', body: 'x' }),
      ),
    ).toBe(401);
    expect(await statusOf(await new ApiClient(server.url).get('/api/documents/gcm-compact/threads'))).toBe(401);
    expect(await statusOf(await observer.post('/api/documents/gcm-compact/threads', { pid: op3, visibility: 'all', body: 'x' }))).toBe(403);
    expect(await statusOf(await canada.get('/api/threads/no-such-thread'))).toBe(404);
    expect(await statusOf(await canada.request('PATCH', '/api/messages/no-such-message', { body: 'x' }))).toBe(404);
  });
});

describe('messages', () => {
  it('lets authors edit their own messages only, and refuses empty or over-long edits', async () => {
    const thread = await openThread(canada, { body: 'First wording' });
    const id = thread.messages[0].id;
    expect(await statusOf(await eu.request('PATCH', `/api/messages/${id}`, { body: 'Hijacked' }))).toBe(403);
    expect(await statusOf(await cofacilitator.request('PATCH', `/api/messages/${id}`, { body: 'Moderated' }))).toBe(403);
    expect(await statusOf(await canada.request('PATCH', `/api/messages/${id}`, { body: '' }))).toBe(400);
    expect(await statusOf(await canada.request('PATCH', `/api/messages/${id}`, { body: 'y'.repeat(10_001) }))).toBe(400);
    const edited = await canada.json('PATCH', `/api/messages/${id}`, { body: 'Second wording' });
    expect(edited).toMatchObject({ id, body: 'Second wording', deleted: false });
    expect(edited.editedAt).not.toBeNull();
    const seen = await eu.json('GET', `/api/threads/${thread.id}`);
    expect(seen.messages[0].body).toBe('Second wording');
  });

  it('leaves a tombstone when a message is deleted, kept out of search', async () => {
    const thread = await openThread(canada, { body: 'A first point' });
    const reply = await canada.json('POST', `/api/threads/${thread.id}/messages`, { body: 'Withdrawn thought zebra' });
    expect(await statusOf(await eu.request('DELETE', `/api/messages/${reply.id}`))).toBe(403);
    const found = await eu.json<{ id: string }[]>('GET', '/api/documents/gcm-compact/threads?q=zebra');
    expect(found.map((t) => t.id)).toEqual([thread.id]);
    const deleted = await canada.json('DELETE', `/api/messages/${reply.id}`);
    expect(deleted).toMatchObject({ id: reply.id, body: '', deleted: true, author: { name: 'Emily Tremblay' } });
    const after = await eu.json('GET', `/api/threads/${thread.id}`);
    expect(after.messages.map((m: { deleted: boolean; body: string }) => [m.deleted, m.body])).toEqual([
      [false, 'A first point'],
      [true, ''],
    ]);
    expect(await eu.json('GET', '/api/documents/gcm-compact/threads?q=zebra')).toEqual([]);
    expect(await statusOf(await canada.request('PATCH', `/api/messages/${reply.id}`, { body: 'Back again' }))).toBe(409);
    expect(await statusOf(await canada.request('DELETE', `/api/messages/${reply.id}`))).toBe(200);
  });

  it('searches every word of the query across the thread, case-insensitively', async () => {
    const thread = await openThread(canada, { body: 'Consider Portable BENEFITS' });
    await eu.json('POST', `/api/threads/${thread.id}/messages`, { body: 'and remittance costs' });
    const ids = async (q: string) =>
      (await canada2.json<{ id: string }[]>('GET', `/api/documents/gcm-compact/threads?q=${encodeURIComponent(q)}`)).map((t) => t.id);
    expect(await ids('portable remittance')).toEqual([thread.id]);
    expect(await ids('portable unicorn')).toEqual([]);
  });

  it('filters by the stakeholders who wrote in a thread', async () => {
    const thread = await openThread(canada2, { pid: op4, body: 'A Canadian view on OP4' });
    const byCanada = await eu.json<{ id: string }[]>('GET', `/api/documents/gcm-compact/threads?stakeholder=CAN&pid=${op4}`);
    expect(byCanada.map((t) => t.id)).toEqual([thread.id]);
    expect(await eu.json('GET', `/api/documents/gcm-compact/threads?stakeholder=group-eu&pid=${op4}`)).toEqual([]);
    await eu.json('POST', `/api/threads/${thread.id}/messages`, { body: 'The EU agrees' });
    const byEu = await eu.json<{ id: string }[]>('GET', `/api/documents/gcm-compact/threads?stakeholder=group-eu&pid=${op4}`);
    expect(byEu.map((t) => t.id)).toEqual([thread.id]);
    expect(await statusOf(await eu.get('/api/documents/gcm-compact/threads?status=closed'))).toBe(400);
  });

  it('records who resolved a thread', async () => {
    const thread = await openThread(canada, { body: 'Please align with SDG target 10.7' });
    const resolved = await cofacilitator.json('POST', `/api/threads/${thread.id}/resolve`);
    expect(resolved).toMatchObject({ status: 'resolved', resolvedBy: { name: 'Ana Morales' } });
    const reopened = await canada.json('POST', `/api/threads/${thread.id}/reopen`);
    expect(reopened).toMatchObject({ status: 'open', resolvedBy: null });
  });
});

describe('unread markers', () => {
  it('are per user: new messages by others make a thread unread until it is marked read', async () => {
    const thread = await openThread(canada, { body: 'Is "regular" the right word?' });
    expect((await eu.json('GET', `/api/threads/${thread.id}`)).unread).toBe(true);
    expect((await canada.json('GET', `/api/threads/${thread.id}`)).unread).toBe(false);
    expect((await eu.json('POST', `/api/threads/${thread.id}/read`)).unread).toBe(false);
    expect((await eu.json('GET', `/api/threads/${thread.id}`)).unread).toBe(false);
    await canada.json('POST', `/api/threads/${thread.id}/messages`, { body: 'Or "safe"?' });
    expect((await eu.json('GET', `/api/threads/${thread.id}`)).unread).toBe(true);
    await eu.json('POST', `/api/threads/${thread.id}/messages`, { body: 'Both.' });
    expect((await eu.json('GET', `/api/threads/${thread.id}`)).unread).toBe(false);
    expect((await canada.json('GET', `/api/threads/${thread.id}`)).unread).toBe(true);
  });
});

describe('live delivery', () => {
  it('brings a reply to an open client within a second', async () => {
    const thread = await openThread(canada, { visibility: 'delegation', body: 'Internal: check with capital' });
    const stream = openEventStream(server.url, canada.cookie);
    await stream.ready;
    const sentAt = Date.now();
    await canada2.json('POST', `/api/threads/${thread.id}/messages`, { body: 'Capital agrees' });
    await waitForThreadEvent(stream, thread.id, 1000);
    const event = stream.events.find((e) => e.type === 'thread.changed' && e.data.threadId === thread.id)!;
    expect(event.receivedAt - sentAt).toBeLessThan(1000);
    expect(event).toMatchObject({ documentId: 'gcm-compact', data: { threadId: thread.id, pid: op3 } });
    stream.close();
  });
});

describe('span anchors', () => {
  const encode = (rel: Y.RelativePosition) => Buffer.from(Y.encodeRelativePosition(rel)).toString('base64');

  it('accept positions inside the paragraph, follow edits, and fall back when the words are deleted', async () => {
    const pen = connectSyncClient(server.url, 'gcm-compact', cofacilitator.cookie);
    await pen.synced;
    const textOf = (pid: string) =>
      findBlock(pen.doc, pid)
        .toArray()
        .find((c): c is Y.XmlText => c instanceof Y.XmlText)!;
    const text = textOf(op4);
    const quote = text.toString().slice(10, 30);
    const anchor = {
      start: encode(Y.createRelativePositionFromTypeIndex(text, 10)),
      end: encode(Y.createRelativePositionFromTypeIndex(text, 30)),
      quote,
    };

    expect(
      await errorOf(await canada.post('/api/documents/gcm-compact/threads', { pid: op3, visibility: 'all', body: 'x', anchor })),
    ).toEqual({
      status: 400,
      code: 'invalid_anchor',
    });
    const thread = await canada.json('POST', '/api/documents/gcm-compact/threads', {
      pid: op4,
      visibility: 'all',
      body: 'These words',
      anchor,
    });
    expect(thread.anchor).toEqual({ ...anchor, detached: false });

    text.insert(0, 'Inserted before the span. ');
    await eventually(async () => expect((await canada.json('GET', `/api/threads/${thread.id}`)).anchor.detached).toBe(false));
    const start = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(Buffer.from(anchor.start, 'base64')), pen.doc)!;
    expect(text.toString().slice(start.index, start.index + quote.length)).toBe(quote);

    text.delete(start.index - 2, quote.length + 4);
    await eventually(async () => expect((await canada.json('GET', `/api/threads/${thread.id}`)).anchor.detached).toBe(true));
    const listed = await canada.json<{ id: string; pid: string }[]>('GET', `/api/documents/gcm-compact/threads?pid=${op4}`);
    expect(listed.find((t) => t.id === thread.id)).toMatchObject({ pid: op4, anchor: { quote, detached: true } });
    pen.destroy();
  });
});
