import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadVisibility } from '@plenary/shared/domain/index';
import type { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import {
  ACCOUNT_NAMES,
  openEventStream,
  pidOf,
  signInEveryone,
  statusOf,
  threadIdsSeen,
  waitForThreadEvent,
  type AccountName,
  type EventStream,
} from './threads-fixtures.ts';

type DocumentId = 'gcm-compact' | 'gcm-brief-3';

interface LayerCase {
  name: string;
  documentId: DocumentId;
  author: AccountName;
  visibility: ThreadVisibility;
  groupId?: string;
  /** Exactly who may read the thread (its author included). */
  readers: AccountName[];
}

const EVERYONE = ACCOUNT_NAMES;

/** Written out by hand from the visibility rules, not computed by the code under test. */
const CASES: LayerCase[] = [
  { name: 'compact, all', documentId: 'gcm-compact', author: 'canada', visibility: 'all', readers: EVERYONE },
  { name: 'compact, delegation', documentId: 'gcm-compact', author: 'canada', visibility: 'delegation', readers: ['canada', 'canada2'] },
  { name: 'compact, EU group by France', documentId: 'gcm-compact', author: 'france', visibility: 'group', readers: ['eu', 'france'] },
  {
    name: 'compact, EU group by the EU',
    documentId: 'gcm-compact',
    author: 'eu',
    visibility: 'group',
    groupId: 'group-eu',
    readers: ['eu', 'france'],
  },
  { name: 'compact, G77 group', documentId: 'gcm-compact', author: 'g77', visibility: 'group', readers: ['g77'] },
  {
    name: 'compact, co-facilitators and Canada',
    documentId: 'gcm-compact',
    author: 'canada',
    visibility: 'cofacilitators',
    readers: ['cofacilitator', 'cofacilitator2', 'canada'],
  },
  {
    name: 'compact, co-facilitators and the secretariat',
    documentId: 'gcm-compact',
    author: 'secretariat',
    visibility: 'cofacilitators',
    readers: ['cofacilitator', 'cofacilitator2', 'secretariat'],
  },
  { name: 'brief 3, all', documentId: 'gcm-brief-3', author: 'ohchr', visibility: 'all', readers: EVERYONE },
  { name: 'brief 3, delegation of IOM', documentId: 'gcm-brief-3', author: 'iom', visibility: 'delegation', readers: ['iom'] },
  {
    name: 'brief 3, co-facilitators and IOM',
    documentId: 'gcm-brief-3',
    author: 'iom',
    visibility: 'cofacilitators',
    readers: ['cofacilitator', 'cofacilitator2', 'iom'],
  },
];

/** Who settles threads (pen-holders and moderators) and who moderates, per document. */
const SETTLERS: Record<DocumentId, AccountName[]> = {
  'gcm-compact': ['cofacilitator', 'cofacilitator2', 'secretariat'],
  'gcm-brief-3': ['iom', 'secretariat'],
};
const MODERATORS = SETTLERS;
const COMMENTERS: AccountName[] = EVERYONE.filter((a) => a !== 'observer');

let server: ServerProcess;
let clients: Record<AccountName, ApiClient>;
let streams: Record<AccountName, EventStream>;
const pids = {} as Record<DocumentId, string>;
const threadIds = new Map<string, string>();

const token = (c: LayerCase) => `marker${CASES.indexOf(c)}q`;

beforeAll(async () => {
  server = await startServerProcess();
  clients = await signInEveryone(server.url);
  streams = Object.fromEntries(ACCOUNT_NAMES.map((a) => [a, openEventStream(server.url, clients[a].cookie)])) as typeof streams;
  await Promise.all(Object.values(streams).map((s) => s.ready));
  // Published, so that every delegation and observer reads the brief and its layers are the only filter.
  for (const stage of ['endorsed', 'published']) await clients.secretariat.json('PUT', '/api/documents/gcm-brief-3/stage', { stage });
  pids['gcm-compact'] = await pidOf(clients.canada, 'gcm-compact', 'OP3');
  pids['gcm-brief-3'] = await pidOf(clients.canada, 'gcm-brief-3', '¶1');
});

afterAll(async () => {
  for (const stream of Object.values(streams ?? {})) stream.close();
  await server?.stop();
});

describe.each(CASES)('thread visibility: $name', (layer) => {
  const others = EVERYONE.filter((a) => a !== layer.author);
  const reads = (who: AccountName) => layer.readers.includes(who);
  const thread = () => threadIds.get(layer.name)!;
  const messagesPath = () => `/api/threads/${thread()}/messages`;

  beforeAll(async () => {
    const response = await clients[layer.author].post(`/api/documents/${layer.documentId}/threads`, {
      pid: pids[layer.documentId],
      visibility: layer.visibility,
      groupId: layer.groupId,
      body: `Opening note ${token(layer)} on this paragraph.`,
    });
    expect(response.status).toBe(201);
    threadIds.set(layer.name, ((await response.json()) as { id: string }).id);
  });

  it('lists the thread to its readers only, with and without a search', async () => {
    for (const who of EVERYONE) {
      const listed = await clients[who].json<{ id: string }[]>('GET', `/api/documents/${layer.documentId}/threads`);
      const found = await clients[who].json<{ id: string }[]>('GET', `/api/documents/${layer.documentId}/threads?q=${token(layer)}`);
      const verdict = { who, listed: listed.some((t) => t.id === thread()), found: found.map((t) => t.id) };
      expect(verdict).toEqual({ who, listed: reads(who), found: reads(who) ? [thread()] : [] });
    }
  });

  it('answers GET with the thread to readers and 404 to everyone else', async () => {
    for (const who of EVERYONE) {
      const status = await statusOf(await clients[who].get(`/api/threads/${thread()}`));
      expect({ who, status }).toEqual({ who, status: reads(who) ? 200 : 404 });
    }
  });

  it('takes replies from readers who may comment', async () => {
    for (const who of EVERYONE) {
      const status = await statusOf(await clients[who].post(messagesPath(), { body: `Reply from ${who}` }));
      const expected = !reads(who) ? 404 : COMMENTERS.includes(who) ? 201 : 403;
      expect({ who, status }).toEqual({ who, status: expected });
    }
  });

  it('lets the author, pen-holders and moderators resolve and reopen', async () => {
    for (const who of EVERYONE) {
      const resolve = await statusOf(await clients[who].post(`/api/threads/${thread()}/resolve`));
      const settles = who === layer.author || SETTLERS[layer.documentId].includes(who);
      expect({ who, resolve }).toEqual({ who, resolve: !reads(who) ? 404 : settles ? 200 : 403 });
      const reopen = await statusOf(await clients[who].post(`/api/threads/${thread()}/reopen`));
      expect({ who, reopen }).toEqual({ who, reopen: !reads(who) ? 404 : settles ? 200 : 403 });
    }
  });

  it("lets moderators who can read it delete others' messages, and nobody edit them", async () => {
    for (const who of others) {
      const victim = await clients[layer.author].json<{ id: string }>('POST', messagesPath(), { body: `Note for ${who} to try` });
      const edit = await statusOf(await clients[who].request('PATCH', `/api/messages/${victim.id}`, { body: 'Rewritten' }));
      const remove = await statusOf(await clients[who].request('DELETE', `/api/messages/${victim.id}`));
      const expectedDelete = !reads(who) ? 404 : MODERATORS[layer.documentId].includes(who) ? 200 : 403;
      expect({ who, edit, remove }).toEqual({ who, edit: reads(who) ? 403 : 404, remove: expectedDelete });
      const after = await clients[layer.author].json('GET', `/api/threads/${thread()}`);
      const message = after.messages.find((m: { id: string }) => m.id === victim.id);
      expect({ who, deleted: message.deleted, body: message.body }).toEqual(
        expectedDelete === 200 ? { who, deleted: true, body: '' } : { who, deleted: false, body: `Note for ${who} to try` },
      );
    }
  });

  it('filters by visibility, paragraph and status without widening the audience', async () => {
    for (const who of EVERYONE) {
      const path = `/api/documents/${layer.documentId}/threads?visibility=${layer.visibility}&pid=${pids[layer.documentId]}&status=open`;
      const listed = await clients[who].json<{ id: string; visibility: string }[]>('GET', path);
      expect({ who, listed: listed.some((t) => t.id === thread()) }).toEqual({ who, listed: reads(who) });
      expect(listed.every((t) => t.visibility === layer.visibility)).toBe(true);
      const resolved = await clients[who].json<{ id: string }[]>('GET', `/api/documents/${layer.documentId}/threads?status=resolved`);
      expect(resolved.some((t) => t.id === thread())).toBe(false);
    }
  });
});

describe('live events', () => {
  it('reach exactly the readers of each thread', async () => {
    const sentinel = await clients.cofacilitator.json<{ id: string }>('POST', '/api/documents/gcm-compact/threads', {
      pid: pids['gcm-compact'],
      visibility: 'all',
      body: 'Everyone hears about this one; whatever came before it has been delivered.',
    });
    await Promise.all(ACCOUNT_NAMES.map((a) => waitForThreadEvent(streams[a], sentinel.id)));
    for (const who of ACCOUNT_NAMES) {
      const seen = threadIdsSeen(streams[who]);
      const expected = CASES.filter((c) => c.readers.includes(who)).map((c) => c.name);
      const received = CASES.filter((c) => seen.has(threadIds.get(c.name)!)).map((c) => c.name);
      expect({ who, received }).toEqual({ who, received: expected });
    }
  });

  it('carry ids only, never the words of a comment', () => {
    for (const who of ACCOUNT_NAMES) {
      for (const event of streams[who].events) {
        expect(JSON.stringify(event)).not.toMatch(/marker\d+q|Reply from|Note for/);
      }
    }
  });
});
