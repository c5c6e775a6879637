import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttributedRunResponse } from '@plenary/shared/api/index';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { connectSyncClient, eventually, type SyncClient } from '../support/sync-client.ts';
import { blocks, blockText, findBlock, insertText } from '../support/yjs-text.ts';
import {
  COMPACT,
  expectError,
  loginAll,
  openDatabase,
  openEventStream,
  paragraph,
  paragraphs,
  table,
  type Paragraph,
  type Who,
} from './proposals-fixtures.ts';

let server: ServerProcess;
let as: Record<Who, ApiClient>;
/** A co-facilitator's stock y-websocket client: the pen typing in the room. */
let pen: SyncClient;
/** An observer's stock y-websocket client: the room watching the text. */
let watcher: SyncClient;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
  pen = connectSyncClient(server.url, COMPACT, as.cofacilitator2.cookie);
  watcher = connectSyncClient(server.url, COMPACT, as.observer.cookie);
  await Promise.all([pen.synced, watcher.synced]);
});
afterAll(async () => {
  pen?.destroy();
  watcher?.destroy();
  await server?.stop();
});

const reopen = (who: Who, proposalId: string) => as[who].post(`/api/proposals/${proposalId}/reopen`);
const accept = (proposalId: string) => as.cofacilitator.json('POST', `/api/proposals/${proposalId}/accept`, {});

/** The document's blocks as the API lists them: pid, number, type and text. */
const outline = () => paragraphs(as.observer);

/** The text the watcher's copy of the room shows for a paragraph (undefined once it is gone). */
function watched(pid: string): string | undefined {
  const block = blocks(watcher.doc).find((b) => b.getAttribute('pid') === pid);
  return block && blockText(block);
}

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = openDatabase(server);
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** What a refusal must leave untouched: the text, the proposals' rows, the audit log and the log of updates. */
async function recordState() {
  return {
    outline: await outline(),
    proposals: query('SELECT * FROM proposals ORDER BY seq'),
    audit: query<{ n: number }>('SELECT count(*) AS n FROM audit_log')[0]!.n,
    updates: query<{ n: number }>('SELECT count(*) AS n FROM yjs_updates')[0]!.n,
  };
}

async function attribution(pid: string): Promise<AttributedRunResponse[]> {
  return as.eu.json('GET', `/api/documents/${COMPACT}/paragraphs/${pid}/attribution`);
}

describe('reopening an acceptance puts the text back as it was', () => {
  it('an amendment: the words come back live, written by the reopening co-facilitator for the proposal, audited', async () => {
    const op3 = await paragraph(as.observer, 'OP3');
    const amended = op3.text.replace('Member States should ensure', 'Member States shall ensure');
    const proposal = await table(as.eu, { pid: op3.pid, kind: 'amend', text: amended, justification: 'Firmer.' });
    await accept(proposal.id);
    await eventually(() => expect(watched(op3.pid)).toBe(amended));
    const events = await openEventStream(server, as.observer);
    expect((await as.cofacilitator2.json('GET', `/api/proposals/${proposal.id}`)).viewer.canReopen).toBe(true);
    expect((await as.eu.json('GET', `/api/proposals/${proposal.id}`)).viewer.canReopen).toBe(false);
    expect((await as.secretariat.json('GET', `/api/proposals/${proposal.id}`)).viewer.canReopen).toBe(false);

    const response = await reopen('cofacilitator2', proposal.id);
    expect(response.status).toBe(200);
    const reopened = await response.json();
    expect(reopened).toMatchObject({ status: 'tabled', decision: null, resultPid: null, baseText: op3.text, text: amended });
    expect(reopened.viewer).toMatchObject({ canDecide: true, canReopen: false });
    await eventually(() => expect(watched(op3.pid)).toBe(op3.text));
    expect((await paragraph(as.observer, 'OP3')).text).toBe(op3.text);
    await eventually(() => expect(events.events.map((e) => [e.type, e.data.proposalId])).toContainEqual(['proposal.changed', proposal.id]));
    events.close();

    // The word put back is the reopener's, in their capacity, marked as the reopening of this proposal.
    const runs = await attribution(op3.pid);
    expect(runs.map((r) => r.text).join('')).toBe(op3.text);
    // Only the characters that differ are rewritten ("sh[a→ou]l[l→d]"), all of them inside the word put back.
    const owners = runs.flatMap((r) => [...r.text].map(() => r));
    const word = { from: op3.text.indexOf('should'), to: op3.text.indexOf('should') + 'should'.length };
    const reopener = owners.filter((r) => r.reopenedProposalId === proposal.id);
    expect(reopener.length).toBeGreaterThan(0);
    owners.forEach((owner, index) => {
      if (index < word.from || index >= word.to) expect(owner.stakeholderId, `character ${index}`).toBe('secretariat');
    });
    expect(reopener[0]).toMatchObject({ userName: 'Lukas Meier', stakeholderId: 'CHE', role: 'cofacilitator' });
    expect(reopener[0]).not.toHaveProperty('proposalId');
    expect(runs.some((r) => r.proposalId === proposal.id)).toBe(false);

    const clients = query<{ source: string; role: string; stakeholder_id: string }>(
      'SELECT source, role, stakeholder_id FROM yjs_clients WHERE proposal_id = ? ORDER BY created_at, rowid',
      proposal.id,
    );
    expect(clients).toEqual([
      { source: 'server', role: 'cofacilitator', stakeholder_id: 'MEX' },
      { source: 'revert', role: 'cofacilitator', stakeholder_id: 'CHE' },
    ]);
    const [audit] = query<{ stakeholder_id: string; role: string; details: string }>(
      "SELECT stakeholder_id, role, details FROM audit_log WHERE action = 'proposal.reopen' AND target = ?",
      proposal.id,
    );
    expect(audit).toMatchObject({ stakeholder_id: 'CHE', role: 'cofacilitator' });
    expect(JSON.parse(audit!.details)).toMatchObject({
      pid: op3.pid,
      kind: 'amend',
      was: 'accepted',
      forStakeholderId: 'group-eu',
      reverted: { pid: op3.pid, from: amended, to: op3.text },
    });

    // Back on the table, it can be decided again; the author heard of the reopening.
    expect((await accept(proposal.id)).status).toBe('accepted');
    await eventually(() => expect(watched(op3.pid)).toBe(amended));
    const notices: { items: { text: string; proposalId: string | null }[] } = await as.eu.json('GET', '/api/notifications');
    expect(notices.items).toContainEqual(
      expect.objectContaining({
        proposalId: proposal.id,
        text: 'The decision on your proposal on OP3 was reopened by Lukas Meier (Switzerland): it is back on the table.',
      }),
    );
  });

  it('an amendment the pen edited elsewhere since: only the accepted words are taken back', async () => {
    const op4 = await paragraph(as.observer, 'OP4');
    const amended = `${op4.text} Reviewed every year.`;
    const proposal = await table(as.canada, { pid: op4.pid, kind: 'amend', text: amended, justification: '' });
    await accept(proposal.id);
    await eventually(() => expect(blockText(findBlock(pen.doc, op4.pid))).toBe(amended));
    insertText(pen.doc, op4.pid, 0, 'Today, ');
    await eventually(async () => expect((await paragraph(as.observer, 'OP4')).text).toBe(`Today, ${amended}`));

    expect((await reopen('cofacilitator', proposal.id)).status).toBe(200);
    await eventually(() => expect(watched(op4.pid)).toBe(`Today, ${op4.text}`));
    expect((await paragraph(as.observer, 'OP4')).text).toBe(`Today, ${op4.text}`);
  });

  it('an insertion: the paragraph it added goes, and every other paragraph is as it was', async () => {
    const op5 = await paragraph(as.observer, 'OP5');
    const proposal = await table(as.canada, {
      pid: op5.pid,
      kind: 'insert-after',
      text: 'A new paragraph from Canada.',
      justification: '',
    });
    const before = await outline();
    const accepted = await accept(proposal.id);
    expect(accepted.resultPid).toEqual(expect.any(String));
    await eventually(() => expect(watched(accepted.resultPid)).toBe('A new paragraph from Canada.'));

    const reopened = await as.cofacilitator.json('POST', `/api/proposals/${proposal.id}/reopen`, {});
    expect(reopened).toMatchObject({ status: 'tabled', resultPid: null, decision: null });
    expect(await outline()).toEqual(before);
    await eventually(() => expect(watched(accepted.resultPid)).toBeUndefined());
    const [audit] = query<{ details: string }>(
      "SELECT details FROM audit_log WHERE action = 'proposal.reopen' AND target = ?",
      proposal.id,
    );
    expect(JSON.parse(audit!.details).reverted).toEqual({ removedPid: accepted.resultPid, text: 'A new paragraph from Canada.' });
  });

  it('a deletion: the paragraph comes back at its place with its pid, type and text, and what pointed at it points again', async () => {
    const before = await outline();
    const subPoint = before.find((p) => p.type === 'subPoint')!;
    const thread = await as.g77.json('POST', `/api/documents/${COMPACT}/threads`, {
      pid: subPoint.pid,
      visibility: 'all',
      body: 'Keep this sub-point.',
    });
    const proposal = await table(as.g77, { pid: subPoint.pid, kind: 'delete', justification: 'Redundant.' });
    await accept(proposal.id);
    await eventually(() => expect(watched(subPoint.pid)).toBeUndefined());

    const reopened = await as.cofacilitator.json('POST', `/api/proposals/${proposal.id}/reopen`, {});
    expect(reopened).toMatchObject({ status: 'tabled', paragraphLabel: subPoint.number, decision: null });
    expect(await outline()).toEqual(before);
    await eventually(() => expect(watched(subPoint.pid)).toBe(subPoint.text));
    expect(findBlock(watcher.doc, subPoint.pid).getAttribute('level')).toEqual(findBlock(pen.doc, subPoint.pid).getAttribute('level'));
    const threads: any[] = await as.observer.json('GET', `/api/documents/${COMPACT}/threads`);
    expect(threads.find((t) => t.id === thread.id)).toMatchObject({ pid: subPoint.pid });
    const runs = await attribution(subPoint.pid);
    expect(runs.map((r) => r.text).join('')).toBe(subPoint.text);
    expect(new Set(runs.map((r) => [r.stakeholderId, r.reopenedProposalId].join()))).toEqual(new Set([`MEX,${proposal.id}`]));
  });

  it('a deletion whose neighbour the pen deleted since: it comes back after the nearest paragraph still there', async () => {
    const before = await outline();
    const index = before.findIndex((p) => p.number === 'OP8');
    // The two blocks before OP8: the one right before it goes too, so it comes back after the other.
    const [earlier, neighbour, op8] = [before[index - 2], before[index - 1], before[index]] as [Paragraph, Paragraph, Paragraph];
    const proposal = await table(as.eu, { pid: op8.pid, kind: 'delete', justification: '' });
    await accept(proposal.id);
    await eventually(() => expect(blocks(pen.doc).some((b) => b.getAttribute('pid') === op8.pid)).toBe(false));
    const fragment = pen.doc.getXmlFragment('default');
    fragment.delete(blocks(pen.doc).indexOf(findBlock(pen.doc, neighbour.pid)), 1);
    await eventually(async () => expect((await outline()).some((p) => p.pid === neighbour.pid)).toBe(false));

    expect((await reopen('cofacilitator', proposal.id)).status).toBe(200);
    const after = await outline();
    const restored = after.findIndex((p) => p.pid === op8.pid);
    expect(after[restored - 1]!.pid).toBe(earlier.pid);
    expect(after[restored]).toMatchObject({ pid: op8.pid, text: op8.text, type: op8.type });
  });

  it('an alternative: the paragraph reads as before', async () => {
    const op9 = await paragraph(as.observer, 'OP9');
    const proposal = await table(as.eu, { pid: op9.pid, kind: 'alternative', text: 'An entirely different wording.', justification: '' });
    await accept(proposal.id);
    await eventually(() => expect(watched(op9.pid)).toBe('An entirely different wording.'));
    expect((await reopen('cofacilitator', proposal.id)).status).toBe(200);
    await eventually(() => expect(watched(op9.pid)).toBe(op9.text));
    expect((await paragraph(as.observer, 'OP9')).text).toBe(op9.text);
  });

  it('a rejection: back on the table, the text untouched', async () => {
    const op10 = await paragraph(as.observer, 'OP10');
    const proposal = await table(as.canada, { pid: op10.pid, kind: 'amend', text: `${op10.text} Rejected words.`, justification: '' });
    await as.cofacilitator.json('POST', `/api/proposals/${proposal.id}/reject`, { reason: 'Not now.' });
    const updates = (await recordState()).updates;
    const reopened = await as.cofacilitator2.json('POST', `/api/proposals/${proposal.id}/reopen`, {});
    expect(reopened).toMatchObject({ status: 'tabled', decision: null });
    expect((await paragraph(as.observer, 'OP10')).text).toBe(op10.text);
    expect((await recordState()).updates).toBe(updates);
    const [audit] = query<{ details: string }>(
      "SELECT details FROM audit_log WHERE action = 'proposal.reopen' AND target = ?",
      proposal.id,
    );
    expect(JSON.parse(audit!.details)).toMatchObject({ was: 'rejected', reverted: null });
  });
});

describe('reopening refused', () => {
  it('after the pen changed the words an amendment brought in: 409 with the reason, and nothing changes', async () => {
    const op11 = await paragraph(as.observer, 'OP11');
    const amended = `${op11.text} Regardless of status.`;
    const proposal = await table(as.eu, { pid: op11.pid, kind: 'amend', text: amended, justification: '' });
    await accept(proposal.id);
    await eventually(() => expect(blockText(findBlock(pen.doc, op11.pid))).toBe(amended));
    insertText(pen.doc, op11.pid, amended.length - 'status.'.length, 'legal ');
    const edited = `${op11.text} Regardless of legal status.`;
    await eventually(async () => expect((await paragraph(as.observer, 'OP11')).text).toBe(edited));

    const state = await recordState();
    const error = await expectError(await reopen('cofacilitator', proposal.id), 409, 'conflict');
    expect(error.message).toMatch(
      /^OP11 has changed since the proposal was accepted: the words “.*Regardless of status\.” it brought in now read “.*Regardless of legal status\.”\.$/,
    );
    expect(await recordState()).toEqual(state);
    expect(watched(op11.pid)).toBe(edited);
  });

  it('after the pen edited the paragraph an insertion added, or deleted it', async () => {
    const op12 = await paragraph(as.observer, 'OP12');
    const first = await table(as.canada, { pid: op12.pid, kind: 'insert-after', text: 'Added by Canada.', justification: '' });
    const { resultPid } = await accept(first.id);
    await eventually(() => expect(blocks(pen.doc).some((b) => b.getAttribute('pid') === resultPid)).toBe(true));
    insertText(pen.doc, resultPid, 0, 'Edited: ');
    await eventually(async () => expect((await outline()).find((p) => p.pid === resultPid)?.text).toBe('Edited: Added by Canada.'));
    let state = await recordState();
    const error = await expectError(await reopen('cofacilitator', first.id), 409, 'conflict');
    const added = (await outline()).find((p) => p.pid === resultPid)!;
    expect(error.message).toBe(`${added.number} has changed since the proposal was accepted: it no longer reads as the proposal added it.`);
    expect(await recordState()).toEqual(state);

    pen.doc.getXmlFragment('default').delete(blocks(pen.doc).indexOf(findBlock(pen.doc, resultPid)), 1);
    await eventually(async () => expect((await outline()).some((p) => p.pid === resultPid)).toBe(false));
    state = await recordState();
    expect((await expectError(await reopen('cofacilitator', first.id), 409, 'conflict')).message).toMatch(/no longer in the document/);
    expect(await recordState()).toEqual(state);
  });

  it('for every role but the pen-holders who decide: 403, and nothing changes', async () => {
    const op13 = await paragraph(as.observer, 'OP13');
    const proposal = await table(as.eu, { pid: op13.pid, kind: 'amend', text: `${op13.text} Accepted.`, justification: '' });
    await accept(proposal.id);
    const state = await recordState();
    for (const who of ['secretariat', 'eu', 'g77', 'canada', 'iom', 'ohchr', 'observer'] as const) {
      await expectError(await reopen(who, proposal.id), 403, 'forbidden');
    }
    await expectError(await new ApiClient(server.url).post(`/api/proposals/${proposal.id}/reopen`), 401, 'unauthorized');
    await expectError(await as.cofacilitator.post(`/api/proposals/${proposal.id}/reopen`, {}, { origin: 'http://evil.test' }), 403, 'csrf');
    await expectError(await as.cofacilitator.post(`/api/proposals/${proposal.id}/reopen`, '{"x": '), 400, 'invalid_json');
    expect(await recordState()).toEqual(state);
  });

  it('on a brief, only its lead agencies: a co-facilitator and another agency are refused', async () => {
    const brief = 'gcm-brief-3';
    // Out for comments: other agencies table proposals on a brief only now.
    await as.iom.json('PUT', `/api/documents/${brief}/stage`, { stage: 'circulated' });
    const first = await paragraph(as.secretariat, '¶1', brief);
    const proposal = await table(as.ohchr, { pid: first.pid, kind: 'amend', text: `${first.text} OHCHR words.`, justification: '' }, brief);
    await as.iom.json('POST', `/api/proposals/${proposal.id}/accept`, {});
    await expectError(await reopen('cofacilitator', proposal.id), 403, 'forbidden');
    await expectError(await reopen('ohchr', proposal.id), 403, 'forbidden');
    expect((await paragraph(as.secretariat, '¶1', brief)).text).toBe(`${first.text} OHCHR words.`);
    expect((await as.iom.json('POST', `/api/proposals/${proposal.id}/reopen`, {})).status).toBe('tabled');
    expect((await paragraph(as.secretariat, '¶1', brief)).text).toBe(first.text);
  });

  it('404 for an unknown proposal; 409 with the reason for one tabled, withdrawn or superseded', async () => {
    await expectError(await reopen('cofacilitator', '00000000-0000-0000-0000-000000000000'), 404, 'not_found');
    const op14 = await paragraph(as.observer, 'OP14');
    const body = { pid: op14.pid, kind: 'amend', text: `${op14.text} More.`, justification: '' };
    const tabled = await table(as.eu, body);
    const withdrawn = await table(as.eu, body);
    await as.eu.json('POST', `/api/proposals/${withdrawn.id}/withdraw`, {});
    const superseded = await table(as.canada, body);
    await as.cofacilitator.json('POST', `/api/proposals/${superseded.id}/supersede`, {});
    const state = await recordState();
    expect((await expectError(await reopen('cofacilitator', tabled.id), 409, 'conflict')).message).toMatch(/still on the table/);
    expect((await expectError(await reopen('cofacilitator', withdrawn.id), 409, 'conflict')).message).toMatch(/it was withdrawn/);
    expect((await expectError(await reopen('cofacilitator', superseded.id), 409, 'conflict')).message).toMatch(/it was superseded/);
    expect(await recordState()).toEqual(state);
  });
});

describe('accepting over objections', () => {
  it('needs overObjections: true when a delegation opposes, naming the objectors; refused, nothing changes', async () => {
    const op15 = await paragraph(as.observer, 'OP15');
    const proposal = await table(as.eu, { pid: op15.pid, kind: 'amend', text: `${op15.text} Opposed words.`, justification: '' });
    await as.g77.json('POST', `/api/proposals/${proposal.id}/oppose`, { reason: 'Too far.' });
    await as.canada.json('POST', `/api/proposals/${proposal.id}/oppose`, {});
    const state = await recordState();
    for (const body of [undefined, {}, { overObjections: false }]) {
      const response = await as.cofacilitator.post(`/api/proposals/${proposal.id}/accept`, body);
      const error = await expectError(response, 409, 'conflict');
      expect(error.message).toMatch(/^Group of 77 and China and Canada oppose this proposal: confirm/);
    }
    await expectError(await as.cofacilitator.post(`/api/proposals/${proposal.id}/accept`, { overObjections: 'yes' }), 400, 'invalid_input');
    expect(await recordState()).toEqual(state);
    const accepted = await as.cofacilitator.json('POST', `/api/proposals/${proposal.id}/accept`, { overObjections: true });
    expect(accepted.status).toBe('accepted');
    expect((await paragraph(as.observer, 'OP15')).text).toBe(`${op15.text} Opposed words.`);
  });

  it('without objections, needs no flag', async () => {
    const op16 = await paragraph(as.observer, 'OP16');
    const proposal = await table(as.eu, { pid: op16.pid, kind: 'amend', text: `${op16.text} Supported.`, justification: '' });
    await as.canada.json('POST', `/api/proposals/${proposal.id}/support`, {});
    expect((await accept(proposal.id)).status).toBe('accepted');
  });
});
