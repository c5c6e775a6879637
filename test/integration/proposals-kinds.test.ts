import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { expectError, listProposals, loginAll, paragraph, paragraphs, table, type Who } from './proposals-fixtures.ts';

let server: ServerProcess;
let as: Record<Who, ApiClient>;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
});
afterAll(() => server?.stop());

const numbers = async () => (await paragraphs(as.observer)).map((p) => p.number);

describe('new paragraphs, alternatives and deletions', () => {
  it('labels insertions 7bis, 7ter and creates the accepted one as a new operative paragraph after OP7', async () => {
    const op7 = await paragraph(as.observer, 'OP7');
    const oldOp8 = await paragraph(as.observer, 'OP8');
    const first = await table(as.g77, {
      pid: op7.pid,
      kind: 'insert-after',
      text: 'We commit to strengthen regional consultative processes on migration.',
    });
    const second = await table(as.canada, { pid: op7.pid, kind: 'insert-after', text: 'We commit to involve local authorities.' });
    expect([first.paragraphLabel, second.paragraphLabel]).toEqual(['7bis', '7ter']);
    expect(first).toMatchObject({ baseText: '', diff: null, paragraphChanged: false });

    const accepted = await as.cofacilitator.json('POST', `/api/proposals/${first.id}/accept`, {});
    expect(accepted.resultPid).toMatch(/^[0-9a-z]{10}$/);
    const newOp8 = await paragraph(as.observer, 'OP8');
    expect(newOp8).toMatchObject({ pid: accepted.resultPid, type: 'operativeParagraph', text: first.text });
    expect((await paragraph(as.observer, 'OP9')).pid).toBe(oldOp8.pid);
    // The other insertion keeps its label and stays on the table: it does not depend on OP7's wording.
    const other = (await listProposals(as.observer)).find((p) => p.id === second.id);
    expect(other).toMatchObject({ status: 'tabled', outdated: false, paragraphLabel: '7ter' });
  });

  it('inserts a sub-point after a sub-point, at the same level', async () => {
    const parent = await paragraph(as.observer, 'OP9');
    const a = await paragraph(as.observer, 'OP9(a)');
    const b = await paragraph(as.observer, 'OP9(b)');
    const proposal = await table(as.eu, {
      pid: a.pid,
      kind: 'insert-after',
      text: 'sharing data among States under data-protection safeguards;',
    });
    expect(proposal.paragraphLabel).toBe('9(a)bis');
    const accepted = await as.cofacilitator.json('POST', `/api/proposals/${proposal.id}/accept`, {});
    expect(await paragraph(as.observer, 'OP9(b)')).toMatchObject({ pid: accepted.resultPid, type: 'subPoint', text: proposal.text });
    expect((await paragraph(as.observer, 'OP9(c)')).pid).toBe(b.pid);
    expect((await paragraph(as.observer, 'OP9')).pid).toBe(parent.pid);
  });

  it('replaces the paragraph with an accepted alternative (2alt) and rebases a competing amendment onto it', async () => {
    const op2 = await paragraph(as.observer, 'OP2');
    const alternative = `${op2.text} It respects the sovereignty of every State.`;
    const alt = await table(as.g77, {
      pid: op2.pid,
      kind: 'alternative',
      text: alternative,
      justification: 'Bracket against the original.',
    });
    const amend = await table(as.canada, { pid: op2.pid, kind: 'amend', text: op2.text.replace('non-legally binding', 'non-binding') });
    const deletion = await table(as.eu, { pid: op2.pid, kind: 'delete', justification: 'Covered elsewhere.' });
    expect([alt.paragraphLabel, amend.paragraphLabel, deletion.paragraphLabel]).toEqual(['2alt', 'OP2', 'OP2']);
    expect(deletion).toMatchObject({ text: null, diff: null, baseText: op2.text });

    await as.cofacilitator2.json('POST', `/api/proposals/${alt.id}/accept`, {});
    expect((await paragraph(as.observer, 'OP2')).text).toBe(alternative);
    const after = await listProposals(as.observer);
    expect(after.find((p) => p.id === amend.id)).toMatchObject({
      status: 'tabled',
      outdated: false,
      baseText: alternative,
      text: alternative.replace('non-legally binding', 'non-binding'),
    });
    expect(after.find((p) => p.id === deletion.id)).toMatchObject({ status: 'tabled', outdated: false, baseText: alternative });
  });

  it('removes the paragraph of an accepted deletion and flags every other proposal on it outdated', async () => {
    const op6 = await paragraph(as.observer, 'OP6');
    const before = await numbers();
    const deletion = await table(as.canada, { pid: op6.pid, kind: 'delete' });
    const amend = await table(as.eu, { pid: op6.pid, kind: 'amend', text: `${op6.text} Extra.` });
    const insertion = await table(as.g77, { pid: op6.pid, kind: 'insert-after', text: 'A new paragraph.' });

    await as.cofacilitator.json('POST', `/api/proposals/${deletion.id}/accept`, {});
    expect((await paragraphs(as.observer)).some((p) => p.pid === op6.pid)).toBe(false);
    expect(await numbers()).toHaveLength(before.length - 1);
    const after = await listProposals(as.observer);
    expect(after.find((p) => p.id === deletion.id)).toMatchObject({ status: 'accepted', paragraphLabel: null, paragraphChanged: null });
    expect(after.find((p) => p.id === amend.id)).toMatchObject({ status: 'tabled', outdated: true });
    expect(after.find((p) => p.id === insertion.id)).toMatchObject({ status: 'tabled', outdated: true });
    await expectError(await as.cofacilitator.post(`/api/proposals/${amend.id}/accept`), 409, 'conflict');
    await expectError(await as.eu.post(`/api/proposals/${amend.id}/retable`, { text: 'Anything.' }), 409, 'conflict');
  });

  it('records a rejection with its reason and a supersession by the co-facilitators', async () => {
    const op1 = await paragraph(as.observer, 'OP1');
    const rejected = await table(as.g77, { pid: op1.pid, kind: 'delete' });
    const superseded = await table(as.eu, { pid: op1.pid, kind: 'amend', text: `${op1.text} Together.` });
    const r = await as.cofacilitator.json('POST', `/api/proposals/${rejected.id}/reject`, { reason: 'OP1 frames the whole compact.' });
    expect(r).toMatchObject({
      status: 'rejected',
      decision: { reason: 'OP1 frames the whole compact.', by: { name: 'Ana Morales', stakeholder: 'Mexico' } },
    });
    const s = await as.cofacilitator2.json('POST', `/api/proposals/${superseded.id}/supersede`, { reason: 'See the compromise in Rev.1' });
    expect(s).toMatchObject({
      status: 'superseded',
      decision: { reason: 'See the compromise in Rev.1', by: { stakeholder: 'Switzerland' } },
    });
    expect((await paragraph(as.observer, 'OP1')).text).toBe(op1.text);
  });
});

describe('co-sponsors', () => {
  it('shows pending co-sponsors only to the tabling side and to the invited stakeholder', async () => {
    const op1 = await paragraph(as.observer, 'OP1');
    const proposal = await table(as.canada, {
      pid: op1.pid,
      kind: 'amend',
      text: `${op1.text} Now.`,
      cosponsors: ['group-eu', 'group-g77'],
    });
    const seenBy = async (who: Who) =>
      (await as[who].json('GET', `/api/proposals/${proposal.id}`)).cosponsors.map((c: any) => `${c.stakeholder.id}:${c.status}`);
    expect(await seenBy('canada')).toEqual(['group-eu:invited', 'group-g77:invited']);
    expect(await seenBy('eu')).toEqual(['group-eu:invited']);
    expect(await seenBy('observer')).toEqual([]);
    expect(await seenBy('cofacilitator')).toEqual([]);

    await as.eu.json('POST', `/api/proposals/${proposal.id}/cosponsorship/confirm`, {});
    await as.g77.json('POST', `/api/proposals/${proposal.id}/cosponsorship/decline`, {});
    expect(await seenBy('observer')).toEqual(['group-eu:confirmed']);
    expect(await seenBy('canada')).toEqual(['group-eu:confirmed', 'group-g77:declined']);
    const asObserver = await as.observer.json('GET', `/api/proposals/${proposal.id}`);
    expect(asObserver).toMatchObject({ label: 'Canada +1', counts: { cosponsors: 1 } });
  });
});

describe('issue briefs', () => {
  it('lets agencies table and only the lead agencies of the brief decide', async () => {
    // Out for comments: other agencies table proposals on a brief only now.
    await as.iom.json('PUT', '/api/documents/gcm-brief-3/stage', { stage: 'circulated' });
    const first = await paragraph(as.secretariat, '¶1', 'gcm-brief-3');
    const text = `${first.text} Data should be disaggregated by sex and age.`;
    // A delegation does not see a brief before it is published.
    await expectError(
      await as.canada.post('/api/documents/gcm-brief-3/proposals', { pid: first.pid, kind: 'amend', text }),
      404,
      'not_found',
    );
    const proposal = await table(as.ohchr, { pid: first.pid, kind: 'amend', text }, 'gcm-brief-3');
    expect(proposal).toMatchObject({ label: 'OHCHR', paragraphLabel: '¶1' });
    await expectError(await as.ohchr.post(`/api/proposals/${proposal.id}/accept`), 403, 'forbidden');
    await expectError(await as.cofacilitator.post(`/api/proposals/${proposal.id}/accept`), 403, 'forbidden');
    await as.iom.json('POST', `/api/proposals/${proposal.id}/accept`, {});
    expect((await paragraph(as.secretariat, '¶1', 'gcm-brief-3')).text).toBe(text);
  });
});
