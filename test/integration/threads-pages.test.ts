import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
import { allPages } from '../support/list-pages.ts';
import { startServerProcess, type ServerProcess, UNMETERED_LIMITS } from '../support/server-process.ts';
import { COMPACT, createOtherProcessCompact, expectError, loginAll, paragraph, type Who } from './proposals-fixtures.ts';

let server: ServerProcess;
let as: Record<Who, ApiClient>;
const LISTING = `/api/documents/${COMPACT}/threads`;
/** More than several steps of the server's scan (100 rows or a page), past which a reader who may see few must read. */
const HIDDEN_FROM_DELEGATIONS = 520;

async function open(client: ApiClient, pid: string, visibility: string, body: string) {
  const response = await client.post(LISTING, { pid, visibility, body });
  expect(response.status, await response.clone().text()).toBe(201);
}

beforeAll(async () => {
  server = await startServerProcess({ env: UNMETERED_LIMITS });
  as = await loginAll(server);
  createOtherProcessCompact(server);
  const [op5, op6] = [await paragraph(as.observer, 'OP5'), await paragraph(as.observer, 'OP6')];
  await open(as.canada, op5.pid, 'all', 'Canada asks about OP5 first.');
  for (let i = 0; i < HIDDEN_FROM_DELEGATIONS; i++) await open(as.cofacilitator, op6.pid, 'cofacilitators', `Pen-holders' note ${i}.`);
  await open(as.eu, op5.pid, 'delegation', 'An EU delegation note.');
  for (let i = 0; i < 5; i++) await open(as.g77, i % 2 ? op5.pid : op6.pid, 'all', `G77 comment ${i}.`);
  await open(as.canada, op6.pid, 'delegation', 'A Canadian delegation note.');
}, 120_000);
afterAll(() => server?.stop());

describe('the threads listing in pages', () => {
  it('still answers without parameters with every readable thread, as an array', async () => {
    const all = await as.canada.json('GET', LISTING);
    expect(Array.isArray(all)).toBe(true);
    expect(all.map((t: any) => t.messages[0].body)).toEqual([
      'Canada asks about OP5 first.',
      ...Array.from({ length: 5 }, (_, i) => `G77 comment ${i}.`),
      'A Canadian delegation note.',
    ]);
  });

  it('gives each reader, page by page, exactly the threads of the whole list, past hundreds it may not read', async () => {
    for (const [who, limit, pages] of [
      ['canada', 3, 3],
      ['eu', 2, 4],
      ['cofacilitator', 200, 3],
    ] as const) {
      const whole = await as[who].json('GET', LISTING);
      const paged = await allPages(as[who], LISTING, limit);
      expect(paged.items, who).toEqual(whole);
      expect(paged.pages, who).toBe(pages);
    }
  });

  it('pages a filtered list as the filter narrows the whole one', async () => {
    const op5 = await paragraph(as.observer, 'OP5');
    for (const filter of [`&pid=${op5.pid}`, '&visibility=delegation', '&q=G77%20comment', '&stakeholder=group-g77']) {
      const whole = await as.eu.json('GET', `${LISTING}?${filter.slice(1)}`);
      expect(whole.length, filter).toBeGreaterThan(0);
      expect((await allPages(as.eu, LISTING, 2, filter)).items, filter).toEqual(whole);
    }
  });

  it('ends with a null cursor when the page holds the last thread', async () => {
    const last = await as.observer.json('GET', `${LISTING}?limit=6`);
    expect(last.items).toHaveLength(6);
    expect(last.nextCursor).toBeNull();
  });

  it('refuses a bad limit or a forged cursor with a clear message, and a cursor of another document', async () => {
    for (const [query, message] of [
      ['limit=0', /limit is a whole number/],
      ['limit=abc', /limit is a whole number/],
      ['limit=501', /limit is at most 500/],
      ['cursor=12', /cursor is not one this API returned/],
      ["cursor=t1'%20OR%201=1", /cursor is not one this API returned/],
      [`cursor=${'a'.repeat(65)}`, /cursor is not one this API returned/],
      ['cursor=00000000-0000-4000-8000-000000000000', /cursor is not one this API returned for this document/],
    ] as const) {
      const error = await expectError(await as.eu.get(`${LISTING}?${query}`), 400);
      expect(error.message, query).toMatch(message);
    }
    // A cursor of the compact's listing is refused on a brief's, which the EU may read too.
    const ownCursor = (await as.eu.json('GET', `${LISTING}?limit=1`)).nextCursor as string;
    const error = await expectError(await as.eu.get(`/api/documents/gcm-brief-6/threads?cursor=${ownCursor}`), 400);
    expect(error.message).toMatch(/for this document/);
  });

  it('answers a cursor naming a thread the caller may not read exactly as one naming no thread', async () => {
    const hidden = (await as.cofacilitator.json('GET', `${LISTING}?visibility=cofacilitators&limit=1`)).items[0].id as string;
    const probe = async (cursor: string) => {
      const response = await as.eu.get(`${LISTING}?limit=1&cursor=${cursor}`);
      return { status: response.status, body: await response.text() };
    };
    expect(await probe(hidden)).toEqual(await probe('00000000-0000-4000-8000-000000000000'));
    expect((await probe(hidden)).status).toBe(400);
    // Every cursor a reader is given names a thread of the page it read.
    const first = await as.eu.json('GET', `${LISTING}?limit=2`);
    expect(first.nextCursor).toBe(first.items.at(-1).id);
  });

  it('shows no page of a document the caller may not read', async () => {
    await expectError(await as.eu.get('/api/documents/other-compact/threads?limit=5'), 403, 'forbidden');
    await expectError(await as.eu.get('/api/documents/no-such-document/threads?limit=5'), 404);
  });
});
