import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { connectSyncClient, eventually, type SyncClient } from '../support/sync-client.ts';
import { blockText, findBlock, insertText } from '../support/yjs-text.ts';
import { COMPACT, loginAll, openDatabase, paragraph, table, type Who } from './proposals-fixtures.ts';

let server: ServerProcess;
let as: Record<Who, ApiClient>;
let sync: SyncClient;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
  sync = connectSyncClient(server.url, COMPACT, as.cofacilitator2.cookie);
  await sync.synced;
});
afterAll(async () => {
  sync?.destroy();
  await server?.stop();
});

describe('tabling, positions and acceptance of an amendment to OP3', () => {
  it('applies the accepted amendment to the live text, audits it, and carries competing proposals over', async () => {
    const op3 = await paragraph(as.observer, 'OP3');
    expect(op3.text).toMatch(/^Member States should ensure that /);
    const euText = op3.text.replace('Member States should ensure', 'Member States shall ensure');
    const eu = await table(as.eu, { pid: op3.pid, kind: 'amend', text: euText, justification: 'A firmer commitment.' });
    expect(eu).toMatchObject({ kind: 'amend', status: 'tabled', label: 'EU', paragraphLabel: 'OP3', baseText: op3.text, text: euText });
    expect(eu.diff).toEqual([
      { op: 'equal', text: 'Member States ' },
      { op: 'delete', text: 'should' },
      { op: 'insert', text: 'shall' },
      { op: 'equal', text: op3.text.slice('Member States should'.length) },
    ]);

    // Competing proposals by the G77: one changes other words (rebased), one the same words (outdated).
    const elsewhere = await table(as.g77, {
      pid: op3.pid,
      kind: 'amend',
      text: op3.text.replace('basic services', 'essential services'),
      justification: 'Wording of the 2030 Agenda.',
    });
    const sameWords = await table(as.g77, {
      pid: op3.pid,
      kind: 'amend',
      text: op3.text.replace('should ensure', 'are encouraged to ensure'),
    });

    await as.g77.json('POST', `/api/proposals/${eu.id}/oppose`, { reason: 'Goes beyond agreed language' });
    await as.canada.json('POST', `/api/proposals/${eu.id}/oppose`, {});
    const supported = await as.canada.json('POST', `/api/proposals/${eu.id}/support`, { reason: 'Can live with it' });
    expect(supported.supporters).toEqual([
      { stakeholder: { id: 'CAN', name: 'Canada', shortName: 'Canada' }, reason: 'Can live with it', at: expect.any(String) },
    ]);
    expect(supported.opposers.map((o: any) => [o.stakeholder.shortName, o.reason])).toEqual([
      ['G77 and China', 'Goes beyond agreed language'],
    ]);
    expect(supported.counts).toEqual({ cosponsors: 0, supporters: 1, opposers: 1 });
    expect(supported.viewer).toMatchObject({ position: 'support', canTakePosition: true, canWithdraw: false, canDecide: false });

    const accepted = await as.cofacilitator.json('POST', `/api/proposals/${eu.id}/accept`, { overObjections: true });
    expect(accepted).toMatchObject({
      status: 'accepted',
      resultPid: op3.pid,
      decision: { status: 'accepted', by: { name: 'Ana Morales', stakeholder: 'Mexico' } },
    });

    expect((await paragraph(as.observer, 'OP3')).text).toBe(euText);
    await eventually(() => expect(blockText(findBlock(sync.doc, op3.pid))).toBe(euText), 2000);

    const list = await as.observer.json('GET', `/api/documents/${COMPACT}/proposals?pid=${op3.pid}`);
    const rebased = list.find((p: any) => p.id === elsewhere.id);
    expect(rebased).toMatchObject({
      status: 'tabled',
      outdated: false,
      baseText: euText,
      text: euText.replace('basic services', 'essential services'),
    });
    expect(list.find((p: any) => p.id === sameWords.id)).toMatchObject({ status: 'tabled', outdated: true, baseText: op3.text });

    const db = openDatabase(server);
    try {
      const audit = db.prepare("SELECT * FROM audit_log WHERE target = ? AND action = 'proposal.accept'").get(eu.id);
      expect(audit).toMatchObject({ stakeholder_id: 'MEX', role: 'cofacilitator', document_id: COMPACT });
      expect(JSON.parse(audit.details)).toMatchObject({ forStakeholderId: 'group-eu', pid: op3.pid, kind: 'amend' });
      const cofacilitator = db.prepare("SELECT id FROM users WHERE email = 'cofacilitator@demo.test'").get();
      expect(audit.user_id).toBe(cofacilitator.id);
      const tabledAudit = db.prepare("SELECT * FROM audit_log WHERE target = ? AND action = 'proposal.table'").get(eu.id);
      expect(tabledAudit).toMatchObject({ stakeholder_id: 'group-eu', role: 'delegate' });
      const positions = db
        .prepare(
          "SELECT action, stakeholder_id FROM audit_log WHERE target = ? AND action IN ('proposal.support', 'proposal.oppose') ORDER BY id",
        )
        .all(eu.id);
      expect(positions).toEqual([
        { action: 'proposal.oppose', stakeholder_id: 'group-g77' },
        { action: 'proposal.oppose', stakeholder_id: 'CAN' },
        { action: 'proposal.support', stakeholder_id: 'CAN' },
      ]);
      // The text change is in the update log, attributed to the co-facilitator.
      expect(
        db.prepare('SELECT count(*) AS n FROM yjs_updates WHERE document_id = ? AND user_id = ?').get(COMPACT, cofacilitator.id).n,
      ).toBeGreaterThan(0);
      const notices = db
        .prepare("SELECT kind, proposal_id, text FROM notifications WHERE kind = 'proposal-decision' ORDER BY created_at, rowid")
        .all();
      expect(notices.map((n: any) => n.proposal_id)).toEqual([eu.id, sameWords.id]);
      expect(notices[0].text).toMatch(/^Your proposal on OP3 was accepted/);
    } finally {
      db.close();
    }
  });

  it('rebases an amendment at acceptance when the paragraph was edited since, and refuses one that collides', async () => {
    const op5 = await paragraph(as.observer, 'OP5');
    const amend = await table(as.canada, { pid: op5.pid, kind: 'amend', text: op5.text.replace('We reaffirm', 'We strongly reaffirm') });
    const colliding = await table(as.eu, { pid: op5.pid, kind: 'amend', text: op5.text.replace('in accordance with', 'consistent with') });
    // A co-facilitator edits OP5 live: the end of the paragraph changes under both proposals.
    const at = op5.text.indexOf('accordance with international law');
    insertText(sync.doc, op5.pid, at, 'full ');
    const edited = op5.text.slice(0, at) + 'full ' + op5.text.slice(at);
    await eventually(async () => expect((await paragraph(as.observer, 'OP5')).text).toBe(edited));

    const accepted = await as.cofacilitator2.json('POST', `/api/proposals/${amend.id}/accept`, {});
    const expected = edited.replace('We reaffirm', 'We strongly reaffirm');
    expect(accepted).toMatchObject({ status: 'accepted', baseText: edited, text: expected });
    expect((await paragraph(as.observer, 'OP5')).text).toBe(expected);

    const refused = await as.cofacilitator2.post(`/api/proposals/${colliding.id}/accept`);
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.message).toMatch(/re-table/);
    const flagged = await as.eu.json('GET', `/api/proposals/${colliding.id}`);
    expect(flagged).toMatchObject({ status: 'tabled', outdated: true, paragraphChanged: true });
    expect((await paragraph(as.observer, 'OP5')).text).toBe(expected);

    // The author re-tables against the current text; then it can be accepted.
    const retabled = await as.eu.json('POST', `/api/proposals/${colliding.id}/retable`, {
      text: expected.replace('in full accordance with', 'consistent with'),
    });
    expect(retabled).toMatchObject({ outdated: false, baseText: expected, paragraphChanged: false });
    await as.cofacilitator.json('POST', `/api/proposals/${colliding.id}/accept`, {});
    expect((await paragraph(as.observer, 'OP5')).text).toBe(expected.replace('in full accordance with', 'consistent with'));
  });
});
