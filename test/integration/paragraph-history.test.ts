import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { COMPACT, createOtherProcessCompact, expectError, loginAll, paragraph, table, type Who } from './proposals-fixtures.ts';

let server: ServerProcess;
let as: Record<Who, ApiClient>;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
});
afterAll(() => server?.stop());

const historyOf = (who: Who, pid: string, documentId = COMPACT) => as[who].get(`/api/documents/${documentId}/paragraphs/${pid}/history`);

async function decide(proposalId: string, decision: 'accept' | 'reject'): Promise<void> {
  const response = await as.cofacilitator.post(
    `/api/proposals/${proposalId}/${decision}`,
    decision === 'reject' ? { reason: 'Not now.' } : {},
  );
  if (response.status !== 200) throw new Error(`${decision} failed: ${response.status} ${await response.text()}`);
}

describe("a paragraph's negotiating record", () => {
  it('shows its text in every revision, every proposal on it and what became of it, and its comments', async () => {
    const op2 = await paragraph(as.observer, 'OP2');
    expect((await as.cofacilitator.post(`/api/documents/${COMPACT}/revisions`, { name: 'Zero draft' })).status).toBe(201);
    const accepted = await table(as.eu, {
      pid: op2.pid,
      kind: 'amend',
      text: `${op2.text} As the EU proposes.`,
      justification: 'Clearer.',
    });
    await decide(accepted.id, 'accept');
    const rejected = await table(as.g77, { pid: op2.pid, kind: 'delete', justification: 'Not needed.' });
    await decide(rejected.id, 'reject');
    const inserted = await table(as.canada, {
      pid: op2.pid,
      kind: 'insert-after',
      text: 'Canada adds a paragraph.',
      justification: 'Gap.',
    });
    await decide(inserted.id, 'accept');
    expect((await as.cofacilitator.post(`/api/documents/${COMPACT}/revisions`, { name: 'Rev.1' })).status).toBe(201);

    const open = await as.eu.post(`/api/documents/${COMPACT}/threads`, { pid: op2.pid, visibility: 'all', body: 'A public remark.' });
    expect(open.status).toBe(201);
    const confidential = await as.eu.post(`/api/documents/${COMPACT}/threads`, {
      pid: op2.pid,
      visibility: 'delegation',
      body: 'EU only.',
    });
    expect(confidential.status).toBe(201);

    const history = await (await historyOf('eu', op2.pid)).json();
    expect(history).toMatchObject({ pid: op2.pid, number: 'OP2', text: `${op2.text} As the EU proposes.`, status: 'open' });
    expect(history.revisions.map((r: any) => [r.name, r.number, r.text])).toEqual([
      ['Zero draft', 'OP2', op2.text],
      ['Rev.1', 'OP2', `${op2.text} As the EU proposes.`],
    ]);
    expect(history.proposals.map((p: any) => [p.id, p.status])).toEqual([
      [accepted.id, 'accepted'],
      [rejected.id, 'rejected'],
      [inserted.id, 'accepted'],
    ]);
    expect(history.comments).toEqual({ threads: 2, open: 2 });
    expect(history.createdByProposalId).toBeNull();

    // Canada does not learn of the EU's confidential thread.
    expect((await (await historyOf('canada', op2.pid)).json()).comments).toEqual({ threads: 1, open: 1 });

    // The paragraph Canada's proposal inserted knows where it came from.
    const created = (await as.observer.json('GET', `/api/documents/${COMPACT}`)).paragraphs.find(
      (p: any) => p.text === 'Canada adds a paragraph.',
    );
    const createdHistory = await (await historyOf('observer', created.pid)).json();
    expect(createdHistory.createdByProposalId).toBe(inserted.id);
    expect(createdHistory.revisions.map((r: any) => r.number)).toEqual([null, 'OP3']);
  });

  it('keeps the record of a deleted paragraph', async () => {
    const op4 = await paragraph(as.observer, 'OP4');
    const deletion = await table(as.eu, { pid: op4.pid, kind: 'delete', justification: 'Redundant.' });
    await decide(deletion.id, 'accept');
    const history = await (await historyOf('observer', op4.pid)).json();
    expect(history).toMatchObject({ number: null, text: null });
    expect(history.revisions.at(-1)).toMatchObject({ name: 'Rev.1', text: op4.text });
    expect(history.proposals.map((p: any) => p.status)).toEqual(['accepted']);
  });

  it('answers 404 for a pid that was never a paragraph, an unknown document, and a paragraph of another document', async () => {
    await expectError(await historyOf('observer', 'never-a-paragraph'), 404, 'not_found');
    await expectError(await historyOf('observer', 'x', 'nope'), 404, 'not_found');
    const briefParagraph = await paragraph(as.secretariat, '¶1', 'gcm-brief-1');
    await expectError(await historyOf('observer', briefParagraph.pid), 404, 'not_found');
    createOtherProcessCompact(server);
    await expectError(await historyOf('observer', 'x', 'other-compact'), 403, 'forbidden');
  });
});
