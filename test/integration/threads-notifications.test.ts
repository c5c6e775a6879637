import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { eventually } from '../support/sync-client.ts';
import { createDelegate, openEventStream, pidOf, statusOf } from './threads-fixtures.ts';

let server: ServerProcess;
let canada: ApiClient;
let france: ApiClient;
let egypt: ApiClient;
let eu: ApiClient;
let g77: ApiClient;
let mexico: ApiClient;
let switzerland: ApiClient;
let op5: string;

interface Notification {
  id: string;
  kind: string;
  text: string;
  threadId: string | null;
  documentId: string | null;
  read: boolean;
}

beforeAll(async () => {
  server = await startServerProcess();
  canada = await ApiClient.login(server.url, 'delegate.canada@demo.test');
  eu = await ApiClient.login(server.url, 'delegate.eu@demo.test');
  g77 = await ApiClient.login(server.url, 'delegate.g77@demo.test');
  mexico = await ApiClient.login(server.url, 'cofacilitator@demo.test');
  switzerland = await ApiClient.login(server.url, 'cofacilitator2@demo.test');
  france = await createDelegate(server.url, 'france@test.example', 'Julie Martin', 'FRA');
  egypt = await createDelegate(server.url, 'egypt@test.example', 'Omar Hassan', 'EGY');
  op5 = await pidOf(canada, 'gcm-compact', 'OP5');
});
afterAll(() => server?.stop());

const openThread = (client: ApiClient, body: Record<string, unknown>) =>
  client.json('POST', '/api/documents/gcm-compact/threads', { pid: op5, visibility: 'all', ...body });

async function notificationsOf(client: ApiClient, threadId: string): Promise<Notification[]> {
  const { items } = await client.json<{ items: Notification[] }>('GET', '/api/notifications');
  return items.filter((n) => n.threadId === threadId);
}

const kinds = async (client: ApiClient, threadId: string) => (await notificationsOf(client, threadId)).map((n) => n.kind);

describe('reply notifications', () => {
  it('go to everyone who wrote in the thread, except the one replying', async () => {
    const thread = await openThread(canada, { body: 'Could "should" become "shall"?' });
    await eu.json('POST', `/api/threads/${thread.id}/messages`, { body: 'We could support that.' });
    expect(await kinds(canada, thread.id)).toEqual(['reply']);
    expect(await kinds(eu, thread.id)).toEqual([]);
    await g77.json('POST', `/api/threads/${thread.id}/messages`, { body: 'We cannot.' });
    expect(await kinds(canada, thread.id)).toEqual(['reply', 'reply']);
    expect(await kinds(eu, thread.id)).toEqual(['reply']);
    expect(await kinds(g77, thread.id)).toEqual([]);
    const [latest] = await notificationsOf(canada, thread.id);
    expect(latest).toMatchObject({ documentId: 'gcm-compact', read: false, text: 'Ravi Menon (G77 and China) replied on OP5' });
  });
});

describe('mentions', () => {
  it("notify every user of the mentioned stakeholder, once, and not a group's member states", async () => {
    const thread = await openThread(canada, { body: 'We ask @EU and @[France] to reconsider; @EU again.' });
    expect(await kinds(eu, thread.id)).toEqual(['mention']);
    expect(await kinds(france, thread.id)).toEqual(['mention']);
    expect(await kinds(g77, thread.id)).toEqual([]);
    const [note] = await notificationsOf(eu, thread.id);
    expect(note?.text).toBe('Emily Tremblay (Canada) mentioned EU on OP5');
  });

  it('never reach someone who may not read the thread', async () => {
    const internal = await openThread(canada, { visibility: 'delegation', body: 'Let us not tell @EU yet.' });
    expect(await kinds(eu, internal.id)).toEqual([]);
    const toFacilitators = await openThread(canada, { visibility: 'cofacilitators', body: '@Mexico, @[Switzerland] and @EU: a concern.' });
    expect(await kinds(mexico, toFacilitators.id)).toEqual(['mention']);
    expect(await kinds(switzerland, toFacilitators.id)).toEqual(['mention']);
    expect(await kinds(eu, toFacilitators.id)).toEqual([]);
    expect((await eu.json<{ items: Notification[] }>('GET', '/api/notifications')).items.some((n) => n.threadId === internal.id)).toBe(
      false,
    );
  });

  it('outrank a reply, and an edit notifies only the stakeholders it adds', async () => {
    const thread = await openThread(canada, { body: 'Opening' });
    await eu.json('POST', `/api/threads/${thread.id}/messages`, { body: 'EU view' });
    const reply = await canada.json('POST', `/api/threads/${thread.id}/messages`, { body: 'Thanks @EU' });
    expect(await kinds(eu, thread.id)).toEqual(['mention']);
    await canada.json('PATCH', `/api/messages/${reply.id}`, { body: 'Thanks @EU and @G77 and China' });
    expect(await kinds(eu, thread.id)).toEqual(['mention']);
    expect(await kinds(g77, thread.id)).toEqual(['mention']);
  });
});

describe('notification list', () => {
  it('is live, personal, and can be marked read by id or all at once', async () => {
    const streams = { eu: openEventStream(server.url, eu.cookie), g77: openEventStream(server.url, g77.cookie) };
    await Promise.all(Object.values(streams).map((s) => s.ready));
    await eu.json('POST', '/api/notifications/read', {});
    const thread = await openThread(canada, { body: 'A question for @EU' });
    await eventually(() => expect(streams.eu.events.some((e) => e.type === 'notification.created')).toBe(true), 1000);
    const event = streams.eu.events.find((e) => e.type === 'notification.created')!;
    expect(event).toMatchObject({ documentId: 'gcm-compact', data: { kind: 'mention' } });
    expect(streams.g77.events.some((e) => e.type === 'notification.created')).toBe(false);

    await canada.json('POST', '/api/documents/gcm-compact/threads', { pid: op5, visibility: 'all', body: 'And another for @EU' });
    const before = await eu.json<{ items: Notification[]; unreadCount: number }>('GET', '/api/notifications');
    expect(before.unreadCount).toBe(2);
    expect(before.items.map((n) => n.id)).toContain(event.data.notificationId);
    const [first] = await notificationsOf(eu, thread.id);
    assert(first, 'a notification of the thread');
    expect(await canada.json('POST', '/api/notifications/read', { ids: [first.id] })).toEqual({ updated: 0 });
    expect(await eu.json('POST', '/api/notifications/read', { ids: [first.id] })).toEqual({ updated: 1 });
    expect((await eu.json('GET', '/api/notifications')).unreadCount).toBe(1);
    expect(await eu.json('POST', '/api/notifications/read', {})).toEqual({ updated: 1 });
    expect((await eu.json('GET', '/api/notifications')).unreadCount).toBe(0);
    expect(await statusOf(await eu.post('/api/notifications/read', { ids: 'all' }))).toBe(400);
    for (const stream of Object.values(streams)) stream.close();
  });
});

describe('groups', () => {
  it("default to the author's single group and let its member states read", async () => {
    const thread = await openThread(france, { visibility: 'group', body: 'EU coordination: line to take on OP5' });
    expect(thread).toMatchObject({ visibility: 'group', audience: 'European Union', audienceStakeholderId: 'group-eu' });
    expect(await statusOf(await eu.get(`/api/threads/${thread.id}`))).toBe(200);
    expect(await statusOf(await canada.get(`/api/threads/${thread.id}`))).toBe(404);
  });

  it('count the seeded G77 and China members, and ask which group when there are several', async () => {
    const ambiguous = await egypt.post('/api/documents/gcm-compact/threads', { pid: op5, visibility: 'group', body: 'Which group?' });
    expect(ambiguous.status).toBe(400);
    expect(((await ambiguous.json()) as { error: { message: string } }).error.message).toMatch(/several groups/);
    const thread = await openThread(egypt, { visibility: 'group', groupId: 'group-g77', body: 'G77 coordination on OP5' });
    expect(thread.audience).toBe('Group of 77 and China');
    expect(await statusOf(await g77.get(`/api/threads/${thread.id}`))).toBe(200);
    expect(await statusOf(await eu.get(`/api/threads/${thread.id}`))).toBe(404);
    const fromG77 = await openThread(g77, { visibility: 'group', body: 'Group position' });
    expect(await statusOf(await egypt.get(`/api/threads/${fromG77.id}`))).toBe(200);
    expect(await statusOf(await france.get(`/api/threads/${fromG77.id}`))).toBe(404);
  });

  it('refuse groups the author is not in, and authors in no group', async () => {
    const post = (client: ApiClient, body: Record<string, unknown>) =>
      client.post('/api/documents/gcm-compact/threads', { pid: op5, visibility: 'group', body: 'x', ...body });
    expect(await statusOf(await post(france, { groupId: 'group-g77' }))).toBe(400);
    expect(await statusOf(await post(canada, {}))).toBe(400);
    expect(await statusOf(await post(mexico, {}))).toBe(400);
    expect(await statusOf(await post(eu, { groupId: 'FRA' }))).toBe(400);
  });
});

describe('GET /api/stakeholders', () => {
  it('suggests stakeholders for @-mentions, best matches first', async () => {
    const eus = await canada.json<{ id: string; name: string; shortName: string; kind: string; participants: number }[]>(
      'GET',
      '/api/stakeholders?q=EU',
    );
    expect(eus[0]).toEqual({ id: 'group-eu', name: 'European Union', shortName: 'EU', kind: 'group', participants: 1 });
    // Only stakeholders a mention reaches, and no country whose code merely contains the letters (DEU).
    expect(eus.every((s) => s.participants > 0)).toBe(true);
    expect(eus.map((s) => s.id)).not.toContain('DEU');
    // When nobody of the matching stakeholders takes part, they are offered all the same.
    const germany = await canada.json<{ id: string; participants: number }[]>('GET', '/api/stakeholders?q=germ');
    expect(germany[0]).toMatchObject({ id: 'DEU', participants: 0 });
    const fr = await canada.json<{ id: string }[]>('GET', '/api/stakeholders?q=fra&limit=3');
    expect(fr[0]?.id).toBe('FRA');
    expect(fr.length).toBeLessThanOrEqual(3);
    const iom = await canada.json<{ id: string; kind: string }[]>('GET', '/api/stakeholders?q=iom');
    expect(iom[0]).toMatchObject({ id: 'agency-iom', kind: 'agency' });
    expect(await statusOf(await canada.get('/api/stakeholders?limit=500'))).toBe(400);
    expect(await statusOf(await new ApiClient(server.url).get('/api/stakeholders?q=eu'))).toBe(401);
  });
});
