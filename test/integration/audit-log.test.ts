import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntryResponse, AuditLogResponse } from '@plenary/shared/api/index';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import {
  COMPACT,
  createOtherProcessCompact,
  expectError,
  loginAll,
  openDatabase,
  paragraph,
  table,
  type Paragraph,
  type Who,
} from './proposals-fixtures.ts';

const BRIEF = 'gcm-brief-3';

let server: ServerProcess;
let as: Record<Who, ApiClient>;
let userId: Record<Who, string>;
let op5: Paragraph;
let op7: Paragraph;
let op9: Paragraph;
let op11: Paragraph;
let euProposal: { id: string };
let g77Proposal: { id: string };
let deletion: { id: string };
let euInternalThread: { id: string };
let canadaToCofacilitators: { id: string };
let startedAt: string;

const auditOf = (client: ApiClient, query = '', documentId = COMPACT) => client.get(`/api/documents/${documentId}/audit${query}`);

async function readAudit(client: ApiClient, query = '', documentId = COMPACT): Promise<AuditLogResponse> {
  const response = await auditOf(client, query, documentId);
  if (response.status !== 200) throw new Error(`Audit log refused: ${response.status} ${await response.text()}`);
  return (await response.json()) as AuditLogResponse;
}

/** Every entry the query finds, walking the pages `limit` at a time. */
async function readAllPages(client: ApiClient, query: string, limit: number): Promise<AuditEntryResponse[][]> {
  const pages: AuditEntryResponse[][] = [];
  let before: number | null = null;
  do {
    const page: AuditLogResponse = await readAudit(client, `?${query}&limit=${limit}${before === null ? '' : `&before=${before}`}`);
    pages.push(page.entries);
    before = page.nextCursor;
  } while (before !== null && pages.length < 100);
  return pages;
}

const entryFor = (log: AuditLogResponse, action: string, target: string) =>
  log.entries.find((e) => e.action === action && e.target === target);

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
  const ids = await Promise.all((Object.keys(as) as Who[]).map(async (who) => [who, (await as[who].json('GET', '/api/me')).user.id]));
  userId = Object.fromEntries(ids) as Record<Who, string>;
  [op5, op7, op9, op11] = await Promise.all([
    paragraph(as.observer, 'OP5'),
    paragraph(as.observer, 'OP7'),
    paragraph(as.observer, 'OP9'),
    paragraph(as.observer, 'OP11'),
  ]);
  startedAt = new Date().toISOString();

  euProposal = await table(as.eu, {
    pid: op5.pid,
    kind: 'amend',
    text: `${op5.text} In full respect of human rights.`,
    justification: 'Rights.',
  });
  await as.canada.json('POST', `/api/proposals/${euProposal.id}/support`, {});
  g77Proposal = await table(as.g77, { pid: op7.pid, kind: 'amend', text: `${op7.text} With adequate means.`, justification: 'Means.' });
  await as.cofacilitator.json('POST', `/api/proposals/${g77Proposal.id}/reject`, { reason: 'Covered in OP19.' });
  deletion = await table(as.canada, { pid: op11.pid, kind: 'delete', justification: 'Redundant.' });
  await as.cofacilitator2.json('POST', `/api/proposals/${deletion.id}/accept`, {});
  euInternalThread = await as.eu.json('POST', `/api/documents/${COMPACT}/threads`, {
    pid: op9.pid,
    visibility: 'delegation',
    body: 'Our line?',
  });
  canadaToCofacilitators = await as.canada.json('POST', `/api/documents/${COMPACT}/threads`, {
    pid: op7.pid,
    visibility: 'cofacilitators',
    body: 'Could you look at this before the reading?',
  });
});
afterAll(() => server?.stop());

describe('the audit log of a document', () => {
  it('lists every action newest first: who, in what capacity, for whom, when, on what, on which paragraph', async () => {
    const log = await readAudit(as.cofacilitator);
    const ids = log.entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(log.entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['proposal.table', 'proposal.support', 'proposal.reject', 'proposal.accept', 'thread.create']),
    );
    expect(log.nextCursor).toBeNull();

    const tabled = entryFor(log, 'proposal.table', euProposal.id)!;
    expect(tabled).toMatchObject({
      actionLabel: 'Tabled a proposal',
      user: { id: userId.eu, name: expect.any(String) },
      stakeholder: { id: 'group-eu', name: 'European Union', shortName: 'EU' },
      role: 'delegate',
      target: euProposal.id,
      pid: op5.pid,
      paragraphNumber: 'OP5',
      details: { kind: 'amend', forStakeholderId: 'group-eu' },
    });
    expect(tabled.at >= startedAt && tabled.at <= new Date().toISOString()).toBe(true);

    expect(entryFor(log, 'proposal.support', euProposal.id)).toMatchObject({
      actionLabel: 'Supported a proposal',
      stakeholder: { id: 'CAN', shortName: 'Canada' },
      role: 'delegate',
    });
    expect(entryFor(log, 'proposal.reject', g77Proposal.id)).toMatchObject({
      actionLabel: 'Rejected a proposal',
      user: { id: userId.cofacilitator },
      stakeholder: { id: 'MEX' },
      role: 'cofacilitator',
      paragraphNumber: 'OP7',
      details: { reason: 'Covered in OP19.' },
    });
  });

  it('gives no number to a paragraph that is no longer in the text, but keeps its pid', async () => {
    const log = await readAudit(as.cofacilitator, `?pid=${op11.pid}`);
    expect(log.entries.map((e) => e.action)).toEqual(['proposal.accept', 'proposal.table']);
    expect(log.entries.every((e) => e.pid === op11.pid && e.paragraphNumber === null)).toBe(true);
    expect(log.entries[0]).toMatchObject({
      actionLabel: 'Accepted a proposal',
      user: { id: userId.cofacilitator2 },
      stakeholder: { id: 'CHE' },
    });
  });

  it('offers the people, stakeholders and actions present in the log to filter by', async () => {
    const { filters } = await readAudit(as.cofacilitator);
    expect(filters.users.map((u) => u.id).sort()).toEqual(
      [userId.eu, userId.canada, userId.g77, userId.cofacilitator, userId.cofacilitator2].sort(),
    );
    expect(filters.users.every((u) => u.name.length > 0)).toBe(true);
    expect(filters.stakeholders.map((s) => s.id).sort()).toEqual(['CAN', 'CHE', 'MEX', 'group-eu', 'group-g77'].sort());
    expect(filters.stakeholders.find((s) => s.id === 'group-eu')).toEqual({ id: 'group-eu', name: 'European Union', shortName: 'EU' });
    expect(filters.actions).toEqual(
      expect.arrayContaining([
        { action: 'proposal.table', label: 'Tabled a proposal' },
        { action: 'proposal.accept', label: 'Accepted a proposal' },
        { action: 'thread.create', label: 'Opened a comment thread' },
      ]),
    );
    expect(new Set(filters.actions.map((a) => a.action)).size).toBe(filters.actions.length);
  });
});

describe('filters', () => {
  it('narrows by stakeholder, person, action and paragraph, and by several at once', async () => {
    const eu = await readAudit(as.cofacilitator, '?stakeholder=group-eu');
    expect(eu.entries.map((e) => [e.action, e.target])).toEqual([['proposal.table', euProposal.id]]);

    const canada = await readAudit(as.secretariat, `?user=${userId.canada}`);
    expect(canada.entries.map((e) => e.action)).toEqual(['proposal.table', 'proposal.support']);
    expect(canada.entries.every((e) => e.user?.id === userId.canada)).toBe(true);

    const rejections = await readAudit(as.cofacilitator, '?action=proposal.reject');
    expect(rejections.entries.map((e) => e.target)).toEqual([g77Proposal.id]);

    const onOp7 = await readAudit(as.cofacilitator, `?pid=${op7.pid}`);
    expect(onOp7.entries.map((e) => e.action)).toEqual(['thread.create', 'proposal.reject', 'proposal.table']);

    const both = await readAudit(as.cofacilitator, `?pid=${op7.pid}&stakeholder=group-g77&action=proposal.table`);
    expect(both.entries.map((e) => e.target)).toEqual([g77Proposal.id]);
    // The option lists describe the whole log, not the filtered page.
    expect(both.filters).toEqual(onOp7.filters);
  });

  it('finds nothing for ids and actions that are well formed but absent, and reads an empty filter as none', async () => {
    for (const query of ['?stakeholder=FRA', '?user=nobody-at-all', '?action=proposal.retable', '?pid=zzzzzzzzzz']) {
      const log = await readAudit(as.cofacilitator, query);
      expect({ query, entries: log.entries, nextCursor: log.nextCursor }).toEqual({ query, entries: [], nextCursor: null });
    }
    const all = await readAudit(as.cofacilitator);
    expect((await readAudit(as.cofacilitator, '?user=&stakeholder=&action=&pid=&before=&limit=')).entries).toEqual(all.entries);
  });
});

describe('pages', () => {
  it('pages newest first by the before cursor, every entry once, the last page without a cursor', async () => {
    const all = (await readAudit(as.cofacilitator, '?limit=100')).entries;
    expect(all.length).toBeGreaterThanOrEqual(7);
    const first = await readAudit(as.cofacilitator, '?limit=2');
    expect(first.entries).toEqual(all.slice(0, 2));
    expect(first.nextCursor).toBe(all[1]!.id);
    const second = await readAudit(as.cofacilitator, `?limit=2&before=${first.nextCursor}`);
    expect(second.entries).toEqual(all.slice(2, 4));

    const pages = await readAllPages(as.cofacilitator, '', 3);
    expect(pages.flat()).toEqual(all);
    expect(pages.slice(0, -1).every((page) => page.length === 3)).toBe(true);
    expect(pages.at(-1)!.length).toBeGreaterThan(0);
  });

  it('pages within a filter, and a cursor below every entry gives an empty last page', async () => {
    const filtered = (await readAudit(as.cofacilitator, '?stakeholder=CAN')).entries;
    expect(filtered.length).toBeGreaterThanOrEqual(3);
    expect((await readAllPages(as.cofacilitator, 'stakeholder=CAN', 1)).flat()).toEqual(filtered);
    expect(await readAudit(as.cofacilitator, '?before=1')).toMatchObject({ entries: [], nextCursor: null });
  });

  it('sees new actions at the top of the first page while an older page stays as it was', async () => {
    const first = await readAudit(as.cofacilitator, '?limit=2');
    const older = await readAudit(as.cofacilitator, `?limit=2&before=${first.nextCursor}`);
    await as.g77.json('POST', `/api/proposals/${euProposal.id}/oppose`, {});
    const fresh = await readAudit(as.cofacilitator, '?limit=2');
    expect(fresh.entries[0]).toMatchObject({
      action: 'proposal.oppose',
      actionLabel: 'Opposed a proposal',
      stakeholder: { id: 'group-g77' },
    });
    expect(fresh.entries[1]).toEqual(first.entries[0]);
    expect((await readAudit(as.cofacilitator, `?limit=2&before=${first.nextCursor}`)).entries).toEqual(older.entries);
  });
});

describe('what the comment layers keep to themselves', () => {
  it("never shows a thread its reader may not read: not the EU's internal thread, not its paragraph", async () => {
    for (const reader of [as.cofacilitator, as.secretariat]) {
      const log = await readAudit(reader, '?limit=100');
      expect(log.entries.map((e) => e.target)).not.toContain(euInternalThread.id);
      expect((await readAudit(reader, `?pid=${op9.pid}`)).entries).toEqual([]);
      expect((await readAudit(reader, '?stakeholder=group-eu&action=thread.create')).entries).toEqual([]);
    }
  });

  it('shows a thread for the co-facilitators to the co-facilitators, not to the secretariat', async () => {
    const cofacilitators = await readAudit(as.cofacilitator2, '?action=thread.create');
    expect(cofacilitators.entries.map((e) => e.target)).toEqual([canadaToCofacilitators.id]);
    expect(cofacilitators.entries[0]).toMatchObject({ pid: op7.pid, paragraphNumber: 'OP7', details: { visibility: 'cofacilitators' } });

    const secretariat = await readAudit(as.secretariat);
    expect(secretariat.entries.map((e) => e.target)).not.toContain(canadaToCofacilitators.id);
    // Its only thread rows were hidden: the action is not offered to filter by either.
    expect(secretariat.filters.actions.map((a) => a.action)).not.toContain('thread.create');
  });
});

describe('who may read it', () => {
  it('the pen-holders of the compact and the secretariat; the lead agency and the secretariat on its brief', async () => {
    for (const who of ['cofacilitator', 'cofacilitator2', 'secretariat'] as const) expect((await auditOf(as[who])).status).toBe(200);
    for (const who of ['iom', 'secretariat'] as const) expect((await auditOf(as[who], '', BRIEF)).status).toBe(200);
  });

  it('refuses delegates, agencies, observers on the compact and everyone but the leads and the secretariat on a brief', async () => {
    for (const who of ['eu', 'g77', 'canada', 'iom', 'ohchr', 'observer'] as const) {
      const error = await expectError(await auditOf(as[who], '?limit=5'), 403, 'forbidden');
      expect(error.message).toMatch(/pen and the secretariat/);
    }
    for (const who of ['cofacilitator', 'cofacilitator2', 'ohchr'] as const) {
      await expectError(await auditOf(as[who], '', BRIEF), 403, 'forbidden');
    }
    // Delegations and observers do not see a brief before it is published at all.
    for (const who of ['eu', 'canada', 'observer'] as const) await expectError(await auditOf(as[who], '', BRIEF), 404, 'not_found');
  });

  it('refuses a document of another process, answers 404 for an unknown one and 401 without a session', async () => {
    createOtherProcessCompact(server);
    expect((await expectError(await auditOf(as.cofacilitator, '', 'other-compact'), 403, 'forbidden')).message).toMatch(
      /not a participant/,
    );
    await expectError(await auditOf(as.cofacilitator, '', 'no-such-document'), 404, 'not_found');
    await expectError(await auditOf(new ApiClient(server.url)), 401, 'unauthorized');
  });
});

describe('malformed filters', () => {
  it.each([
    ['?limit=0', /limit/],
    ['?limit=101', /limit is at most 100/],
    ['?limit=ten', /limit is a whole number/],
    ['?limit=5e1', /limit is a whole number/],
    ['?before=-3', /before is a whole number/],
    ['?before=1.5', /before is a whole number/],
    ["?user=x'%20OR%201=1", /user is an id/],
    [`?stakeholder=${'x'.repeat(101)}`, /stakeholder is at most 100/],
    ['?action=Proposal.Accept', /action is written like/],
    ['?pid=a%2Fb', /pid is an id/],
    ['?users=x', /Unrecognized key/],
  ])('answers 400 with a clear message for %s', async (query, message) => {
    const error = await expectError(await auditOf(as.cofacilitator, query), 400, 'invalid_input');
    expect(error.message).toMatch(message);
  });
});

describe('the log is append-only in storage', () => {
  it('refuses raw UPDATE, DELETE and REPLACE on the server’s own SQLite file, and every row stays as it was', async () => {
    const db = openDatabase(server, { readonly: false });
    try {
      const before = db.prepare('SELECT * FROM audit_log ORDER BY id').all();
      const row = before.find((r) => r.target === euProposal.id && r.action === 'proposal.table')!;
      expect(() => db.prepare("UPDATE audit_log SET action = 'proposal.withdraw' WHERE id = ?").run(row.id)).toThrow(/append-only/);
      expect(() => db.prepare('UPDATE audit_log SET user_id = NULL').run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_log WHERE id = ?').run(row.id)).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
      // REPLACE deletes the row it conflicts with without firing the DELETE trigger: a trigger of its own refuses it.
      const forge = (verb: string) =>
        db
          .prepare(`${verb} INTO audit_log (id, created_at, action, document_id) VALUES (?, ?, 'proposal.withdraw', ?)`)
          .run(row.id, row.created_at, COMPACT);
      expect(() => forge('INSERT OR REPLACE')).toThrow(/append-only/);
      expect(() => forge('REPLACE')).toThrow(/append-only/);
      expect(() =>
        db
          .prepare(
            'INSERT INTO audit_log (id, created_at, action) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET action = excluded.action',
          )
          .run(row.id, row.created_at, 'x'),
      ).toThrow(/append-only/);
      expect(db.prepare('SELECT * FROM audit_log ORDER BY id').all()).toEqual(before);
    } finally {
      db.close();
    }
    expect((await readAudit(as.cofacilitator, '?stakeholder=group-eu')).entries.map((e) => e.action)).toEqual(['proposal.table']);
  });
});

describe('the API description', () => {
  it('describes the route with its query parameters and the shape of its answer', async () => {
    const document = await new ApiClient(server.url).json('GET', '/api/openapi.json');
    const operation = document.paths['/api/documents/{id}/audit'].get;
    expect(operation.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual(
      ['user', 'stakeholder', 'action', 'pid', 'before', 'limit'].map((name) => `query:${name}`),
    );
    const answer = operation.responses['200'].content['application/json'].schema;
    expect(Object.keys(answer.properties)).toEqual(['entries', 'nextCursor', 'filters']);
    expect(operation.responses['403'].description).toMatch(/pen-holder/);
  });
});
