import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { connectSyncClient, eventually } from '../support/sync-client.ts';
import { blocks, blockText } from '../support/yjs-text.ts';
import { expectError, loginAll, openEventStream, type Who } from './proposals-fixtures.ts';
import { BRIEF_1, briefBlocks, countRows, inputBody, moveStage, source, submit } from './inputs-fixtures.ts';

let server: ServerProcess;
let as: Record<Who, ApiClient>;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
});
afterAll(() => server?.stop());

const attribution = (pid: string) => as.secretariat.json('GET', `/api/documents/${BRIEF_1}/paragraphs/${pid}/attribution`);
const notificationsOf = (who: Who) => as[who].json('GET', '/api/notifications');

describe('submitting and listing', () => {
  it('stores an agency input with its sources and SDG targets, lists it to every reader and tells the co-leads', async () => {
    const { paragraph } = await briefBlocks(as.secretariat, BRIEF_1);
    const input = await submit(as.unicef, BRIEF_1, inputBody(paragraph.pid));
    expect(input).toMatchObject({
      documentId: BRIEF_1,
      pid: paragraph.pid,
      placement: 'against',
      paragraphLabel: '¶1',
      type: 'data-point',
      agency: { shortName: 'UNICEF' },
      author: { name: 'Tomás Herrera' },
      status: 'submitted',
      decision: null,
      attachment: null,
      edits: 0,
      sdgTargets: ['10.7'],
      viewer: { canEdit: true, canWithdraw: true, canDecide: false },
    });
    expect(input.sources).toEqual([{ ...source, ownReport: false }]);
    const asLead = await as.ohchr.json('GET', `/api/inputs/${input.id}`);
    expect(asLead.viewer).toEqual({ canEdit: false, canWithdraw: false, canDecide: true });
    for (const who of ['iom', 'cofacilitator', 'who'] as const) {
      const listed = await as[who].json('GET', `/api/documents/${BRIEF_1}/inputs`);
      expect(listed.map((i: any) => i.id)).toContain(input.id);
    }
    for (const lead of ['ohchr', 'who'] as const) {
      const notices = await notificationsOf(lead);
      expect(notices.items.some((n: any) => n.kind === 'input-submitted' && /UNICEF submitted a technical input on ¶1/.test(n.text))).toBe(
        true,
      );
    }
    expect(countRows(server, 'technical_input_versions', 'input_id = ?', input.id)).toBe(1);
    expect(countRows(server, 'audit_log', "action = 'input.submit' AND target = ?", input.id)).toBe(1);
  });

  it('keeps every edit as a version and refuses an edit once the input is decided', async () => {
    const { paragraph } = await briefBlocks(as.secretariat, BRIEF_1);
    const input = await submit(as.unicef, BRIEF_1, inputBody(paragraph.pid, { placement: 'after' }));
    const edited = await as.unicef.json('PATCH', `/api/inputs/${input.id}`, {
      text: 'A revised data point.',
      sdgTargets: ['10.7', '17.18'],
    });
    expect(edited).toMatchObject({ text: 'A revised data point.', sdgTargets: ['10.7', '17.18'], edits: 1, type: 'data-point' });
    expect(countRows(server, 'technical_input_versions', 'input_id = ?', input.id)).toBe(2);
    const declined = await as.who.json('POST', `/api/inputs/${input.id}/decline`, { reason: 'Covered in section 3.' });
    expect(declined).toMatchObject({
      status: 'declined',
      decision: { reason: 'Covered in section 3.', attribution: null, by: { name: 'Hana Kobayashi' } },
    });
    await expectError(await as.unicef.request('PATCH', `/api/inputs/${input.id}`, { text: 'Again.' }), 409, 'conflict');
    expect(countRows(server, 'technical_input_versions', 'input_id = ?', input.id)).toBe(2);
    const notice = (await notificationsOf('unicef')).items.find((n: any) => n.kind === 'input-decision');
    expect(notice.text).toMatch(/was declined — Hana Kobayashi \(WHO\): Covered in section 3\./);
  });
});

describe('incorporation', () => {
  it("rewrites the paragraph live for a stock y-websocket client, credits the agency's words, and tells the agency", async () => {
    const { paragraph } = await briefBlocks(as.secretariat, BRIEF_1);
    const newText = `${paragraph.text} UNICEF estimates that 35.5 million children live outside their country of birth.`;
    const input = await submit(as.unicef, BRIEF_1, inputBody(paragraph.pid, { text: newText, type: 'correction' }));
    const watcher = connectSyncClient(server.url, BRIEF_1, as.iom.cookie);
    const stream = await openEventStream(server, as.unicef);
    try {
      await watcher.synced;
      const decided = await as.ohchr.json('POST', `/api/inputs/${input.id}/incorporate`, {});
      expect(decided).toMatchObject({
        status: 'incorporated',
        decision: {
          incorporatedText: newText,
          resultPid: paragraph.pid,
          attribution: 'UNICEF input',
          by: { stakeholder: { shortName: 'OHCHR' } },
        },
        viewer: { canDecide: false },
      });
      await eventually(() => {
        const block = blocks(watcher.doc).find((b) => b.getAttribute('pid') === paragraph.pid)!;
        expect(blockText(block)).toBe(newText);
      });
      const runs = await attribution(paragraph.pid);
      const added = runs.find((r: any) => r.text.includes('35.5 million'));
      expect(added).toMatchObject({
        stakeholderId: 'agency-unicef',
        userName: 'Tomás Herrera',
        inputId: input.id,
        inputLabel: 'UNICEF input',
      });
      expect(added.revisedBy).toBeUndefined();
      await eventually(() => {
        expect(stream.events.some((e) => e.type === 'input.changed' && e.data.inputId === input.id)).toBe(true);
        expect(stream.events.some((e) => e.type === 'notification.created' && e.data.kind === 'input-decision')).toBe(true);
      });
      expect(countRows(server, 'yjs_clients', 'input_id = ?', input.id)).toBe(1);
      await expectError(await as.ohchr.post(`/api/inputs/${input.id}/incorporate`, {}), 409, 'conflict');
      await expectError(await as.who.post(`/api/inputs/${input.id}/decline`, { reason: 'Late.' }), 409, 'conflict');
      await expectError(await as.unicef.post(`/api/inputs/${input.id}/withdraw`), 409, 'conflict');
    } finally {
      stream.close();
      watcher.destroy();
    }
  });

  it('adds a new paragraph after a paragraph, in the co-lead\'s revised wording, credited "as revised by"', async () => {
    const { paragraph, all } = await briefBlocks(as.secretariat, BRIEF_1);
    const input = await submit(
      as.iom,
      BRIEF_1,
      inputBody(paragraph.pid, { placement: 'after', text: 'Remittances reached 656 billion dollars in 2023.' }),
    );
    const revised = 'Remittances to low- and middle-income countries reached 656 billion dollars in 2023.';
    const decided = await as.ohchr.json('POST', `/api/inputs/${input.id}/incorporate`, { text: revised });
    expect(decided).toMatchObject({
      status: 'incorporated-with-edit',
      decision: { incorporatedText: revised, attribution: 'IOM input, as revised by OHCHR' },
    });
    const resultPid = decided.decision.resultPid;
    expect(all.map((p) => p.pid)).not.toContain(resultPid);
    const after = await briefBlocks(as.secretariat, BRIEF_1);
    const at = after.all.findIndex((p) => p.pid === resultPid);
    expect(after.all[at]).toMatchObject({ text: revised, type: 'briefParagraph' });
    expect(after.all[at - 1]!.pid).toBe(paragraph.pid);
    const [run] = await attribution(resultPid);
    expect(run).toMatchObject({
      text: revised,
      stakeholderId: 'agency-iom',
      inputId: input.id,
      inputLabel: 'IOM input, as revised by OHCHR',
      revisedBy: { userName: 'Kwame Mensah', shortName: 'OHCHR' },
    });
  });

  it('names the agency in the comparison of the brief for the words its input brought in', async () => {
    const revision = await as.ohchr.json('POST', `/api/documents/${BRIEF_1}/revisions`, { name: 'Rev.1' });
    const { all } = await briefBlocks(as.secretariat, BRIEF_1);
    const target = all.find((p) => p.number === '¶3')!;
    const input = await submit(as.unicef, BRIEF_1, inputBody(target.pid, { text: `${target.text} Birth registration closes the gap.` }));
    await as.who.json('POST', `/api/inputs/${input.id}/incorporate`, {
      text: `${target.text} Universal birth registration closes the gap.`,
    });
    const comparison = await as.iom.json('GET', `/api/documents/${BRIEF_1}/compare?from=${revision.id}&to=live`);
    const block = comparison.blocks.find((b: any) => b.pid === target.pid);
    const inserted = block.segments.filter((s: any) => s.op === 'insert');
    expect(inserted.length).toBeGreaterThan(0);
    for (const segment of inserted) {
      expect(segment.attribution).toMatchObject({
        kind: 'input',
        inputId: input.id,
        stakeholderId: 'agency-unicef',
        label: 'UNICEF input, as revised by WHO',
      });
    }
  });

  it('adds an input placed after a section heading at the end of that section', async () => {
    const { heading, all } = await briefBlocks(as.secretariat, BRIEF_1);
    const input = await submit(
      as.unicef,
      BRIEF_1,
      inputBody(heading.pid, {
        placement: 'after',
        type: 'good-practice',
        text: 'Firewalls between services and immigration enforcement.',
      }),
    );
    expect(input.paragraphLabel).toBe('Section 1');
    const decided = await as.who.json('POST', `/api/inputs/${input.id}/incorporate`);
    const after = (await briefBlocks(as.secretariat, BRIEF_1)).all;
    const at = after.findIndex((p) => p.pid === decided.decision.resultPid);
    const headingAt = after.findIndex((p) => p.pid === heading.pid);
    const nextHeading = after.findIndex((p, i) => i > headingAt && p.type === 'briefSectionHeading');
    expect(at).toBeGreaterThan(headingAt);
    expect(nextHeading === -1 ? at === after.length - 1 : at === nextHeading - 1).toBe(true);
    expect(after.length).toBe(all.length + 1);
  });

  it('refuses an input whose paragraph is gone (409, nothing stored), and decides others under finalization', async () => {
    const { all } = await briefBlocks(as.secretariat, BRIEF_1);
    const [gone, kept] = [all.find((p) => p.number === '¶4')!, all.find((p) => p.number === '¶5')!];
    const orphan = await submit(as.unicef, BRIEF_1, inputBody(gone.pid));
    const other = await submit(as.unicef, BRIEF_1, inputBody(kept.pid, { placement: 'after', text: 'A late good practice.' }));
    await moveStage(as.ohchr, BRIEF_1, 'finalization');
    const pen = connectSyncClient(server.url, BRIEF_1, as.ohchr.cookie);
    try {
      await pen.synced;
      const fragment = pen.doc.getXmlFragment('default');
      const index = blocks(pen.doc).findIndex((block) => block.getAttribute('pid') === gone.pid);
      const before = countRows(server, 'yjs_updates', 'document_id = ?', BRIEF_1);
      fragment.delete(index, 1);
      await eventually(async () => expect((await briefBlocks(as.secretariat, BRIEF_1)).all.map((p) => p.pid)).not.toContain(gone.pid));
      // The room logs a peer's update on the next turn of its event loop: the count is taken once it has.
      await eventually(() => expect(countRows(server, 'yjs_updates', 'document_id = ?', BRIEF_1)).toBe(before + 1));
    } finally {
      pen.destroy();
    }
    const updates = countRows(server, 'yjs_updates', 'document_id = ?', BRIEF_1);
    const error = await expectError(await as.ohchr.post(`/api/inputs/${orphan.id}/incorporate`), 409, 'conflict');
    expect(error.message).toMatch(/no longer in the brief/);
    expect(countRows(server, 'yjs_updates', 'document_id = ?', BRIEF_1)).toBe(updates);
    expect(countRows(server, 'yjs_clients', 'input_id = ?', orphan.id)).toBe(0);
    expect((await as.ohchr.json('GET', `/api/inputs/${orphan.id}`)).status).toBe('submitted');
    expect((await as.ohchr.json('GET', `/api/inputs/${other.id}`)).viewer).toMatchObject({ canEdit: false, canDecide: true });
    expect((await as.ohchr.json('POST', `/api/inputs/${other.id}/incorporate`)).status).toBe('incorporated');
    expect((await as.who.json('POST', `/api/inputs/${orphan.id}/decline`, { reason: 'Its paragraph was removed.' })).status).toBe(
      'declined',
    );
    await moveStage(as.ohchr, BRIEF_1, 'circulated');
  });
});
