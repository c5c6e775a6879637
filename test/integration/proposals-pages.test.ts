import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
import { allPages } from '../support/list-pages.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import {
  COMPACT,
  createOtherProcessCompact,
  expectError,
  listProposals,
  loginAll,
  paragraph,
  table,
  type Who,
} from './proposals-fixtures.ts';

let server: ServerProcess;
let as: Record<Who, ApiClient>;
const LISTING = `/api/documents/${COMPACT}/proposals`;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
  createOtherProcessCompact(server);
  const op5 = await paragraph(as.observer, 'OP5');
  const op6 = await paragraph(as.observer, 'OP6');
  for (let i = 0; i < 7; i++) {
    const target = i % 3 === 2 ? op6 : op5;
    const kind = i % 2 === 0 ? 'insert-after' : 'amend';
    const text = kind === 'amend' ? `${target.text} (as amended ${i})` : `We will report every ${i + 2} years.`;
    // Canada's invitation to co-sponsor is for the tabling side and Canada only, in every page as in the list.
    await table(i % 2 === 0 ? as.eu : as.g77, {
      pid: target.pid,
      kind,
      text,
      justification: `Paged ${i}.`,
      cosponsors: i === 3 ? ['CAN'] : [],
    });
  }
});
afterAll(() => server?.stop());

describe('the proposals listing in pages', () => {
  it('still answers without parameters with every proposal, as an array', async () => {
    const all = await listProposals(as.observer);
    expect(Array.isArray(all)).toBe(true);
    expect(all).toHaveLength(7);
  });

  it('gives each reader, page by page, exactly the proposals and labels of the whole list as that reader sees it', async () => {
    for (const who of ['observer', 'canada', 'eu', 'g77', 'cofacilitator'] as const) {
      const whole = await listProposals(as[who]);
      const paged = await allPages(as[who], LISTING, 2);
      expect(paged.pages).toBe(4);
      expect(paged.items, who).toEqual(whole);
    }
    const invited = (await listProposals(as.canada)).find((p) => p.justification === 'Paged 3.');
    expect(invited.cosponsors).toEqual([expect.objectContaining({ status: 'invited' })]);
    const seenByObserver = (await allPages(as.observer, LISTING, 3)).items.find((p) => p.justification === 'Paged 3.');
    expect(seenByObserver.cosponsors).toEqual([]);
  });

  it('keeps the 12bis, 12ter labels of later pages, and pages one paragraph with ?pid=', async () => {
    const op5 = await paragraph(as.observer, 'OP5');
    const whole = (await listProposals(as.eu)).filter((p) => p.pid === op5.pid);
    const paged = await allPages(as.eu, LISTING, 1, `&pid=${op5.pid}`);
    expect(paged.items).toEqual(whole);
    expect(paged.items.filter((p) => p.kind === 'insert-after').map((p) => p.paragraphLabel)).toEqual(['5bis', '5ter', '5quater']);
  });

  it('ends with a null cursor and an empty page after the last proposal', async () => {
    const last = await as.eu.json('GET', `${LISTING}?limit=7`);
    expect(last.items).toHaveLength(7);
    expect(last.nextCursor).toBeNull();
  });

  it('refuses a bad limit, a forged cursor or an unknown parameter with a clear message', async () => {
    for (const [query, message] of [
      ['limit=0', /limit is a whole number/],
      ['limit=abc', /limit is a whole number/],
      ['limit=501', /limit is at most 500/],
      ['limit=-1', /limit is a whole number/],
      ['cursor=12', /cursor is not one this API returned/],
      ["cursor=s1'%20OR%201=1", /cursor is not one this API returned/],
      ['cursor=szzzzzzzzzzzzzz', /cursor is not one this API returned/],
      ['page=2', /page/],
    ] as const) {
      const error = await expectError(await as.eu.get(`${LISTING}?${query}`), 400);
      expect(error.message, query).toMatch(message);
    }
  });

  it('shows no page of a document the caller may not read', async () => {
    await expectError(await as.eu.get('/api/documents/other-compact/proposals?limit=5'), 403, 'forbidden');
    await expectError(await as.eu.get('/api/documents/no-such-document/proposals?limit=5'), 404);
  });
});
