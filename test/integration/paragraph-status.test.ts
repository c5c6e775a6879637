import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE_INVALID_UPDATE } from '@plenary/shared/protocol/index';
import { ApiClient } from '../support/api-client.ts';
import { editThroughProvider } from '../support/hostile-updates.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { eventually } from '../support/sync-client.ts';
import { blocks, findBlock, insertText } from '../support/yjs-text.ts';
import {
  COMPACT,
  createOtherProcessCompact,
  expectError,
  loginAll,
  openDatabase,
  openEventStream,
  paragraph,
  paragraphs,
  table,
  type Who,
} from './proposals-fixtures.ts';

/**
 * Paragraph statuses from outside: only pen-holders move a paragraph between open, bracketed and agreed; each
 * move is one more row of its history, seen live by every reader; an agreed paragraph is locked against a
 * pen-holder's raw Yjs edit and against new proposals until it is reopened.
 */

let server: ServerProcess;
let as: Record<Who, ApiClient>;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
});
afterAll(() => server?.stop());

const statusPath = (pid: string, doc = COMPACT) => `/api/documents/${doc}/paragraphs/${pid}/status`;
const setStatus = (who: Who, pid: string, body: unknown, doc = COMPACT) => as[who].request('PUT', statusPath(pid, doc), body);

async function setOk(who: Who, pid: string, status: string, note?: string): Promise<any> {
  const response = await setStatus(who, pid, note === undefined ? { status } : { status, note });
  if (response.status !== 200) throw new Error(`Setting ${status} failed: ${response.status} ${await response.text()}`);
  return response.json();
}

function storedRows(pid?: string): { changes: number; audits: number } {
  const db = openDatabase(server);
  try {
    const changes = pid
      ? db.prepare('SELECT COUNT(*) AS n FROM paragraph_status_changes WHERE pid = ?').get(pid).n
      : db.prepare('SELECT COUNT(*) AS n FROM paragraph_status_changes').get().n;
    const audits = db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'paragraph.status'").get().n;
    return { changes, audits };
  } finally {
    db.close();
  }
}

function storedUpdates(): number {
  const db = openDatabase(server);
  try {
    return db.prepare('SELECT COUNT(*) AS n FROM yjs_updates WHERE document_id = ?').get(COMPACT).n;
  } finally {
    db.close();
  }
}

async function statuses(who: Who = 'observer') {
  return as[who].json('GET', `/api/documents/${COMPACT}/statuses`);
}

describe('setting a status', () => {
  it('moves a paragraph through every state, answering with its status and keeping its history', async () => {
    const op1 = await paragraph(as.observer, 'OP1');
    const bracketed = await setOk('cofacilitator', op1.pid, 'bracketed', 'Two readings remain.');
    expect(bracketed).toMatchObject({
      pid: op1.pid,
      status: 'bracketed',
      changedBy: { stakeholderId: 'MEX', stakeholder: 'Mexico', role: 'cofacilitator', userName: expect.any(String) },
    });
    expect(Date.parse(bracketed.changedAt)).not.toBeNaN();
    await setOk('cofacilitator2', op1.pid, 'agreed-ad-ref');
    await setOk('cofacilitator', op1.pid, 'agreed');
    await setOk('cofacilitator', op1.pid, 'bracketed', 'Reopened at the request of the G77.');

    const history = await as.observer.json('GET', `${statusPath(op1.pid)}-history`);
    expect(history.map((t: any) => [t.from, t.to, t.reopened])).toEqual([
      ['open', 'bracketed', false],
      ['bracketed', 'agreed-ad-ref', false],
      ['agreed-ad-ref', 'agreed', false],
      ['agreed', 'bracketed', true],
    ]);
    expect(history[0]).toMatchObject({ note: 'Two readings remain.', actor: { stakeholderId: 'MEX' } });
    expect(history[1]).toMatchObject({ note: null, actor: { stakeholderId: 'CHE' } });
    expect(history[3].note).toBe('Reopened at the request of the G77.');
  });

  it('changes nothing when the status is the one the paragraph already has', async () => {
    const op2 = await paragraph(as.observer, 'OP2');
    const before = storedRows();
    // Open is what a paragraph without any row already is.
    expect((await setOk('cofacilitator', op2.pid, 'open')).status).toBe('open');
    expect(storedRows()).toEqual(before);
    await setOk('cofacilitator', op2.pid, 'bracketed');
    const once = storedRows();
    expect(await setOk('cofacilitator2', op2.pid, 'bracketed')).toMatchObject({ status: 'bracketed', changedBy: { stakeholderId: 'MEX' } });
    expect(storedRows()).toEqual(once);
  });

  it('writes one audit row per change with the pid, from and to', async () => {
    const op4 = await paragraph(as.observer, 'OP4');
    await setOk('cofacilitator', op4.pid, 'agreed-ad-ref');
    const db = openDatabase(server);
    try {
      const row = db.prepare("SELECT * FROM audit_log WHERE action = 'paragraph.status' ORDER BY id DESC LIMIT 1").get();
      expect(row).toMatchObject({ document_id: COMPACT, target: op4.pid, stakeholder_id: 'MEX', role: 'cofacilitator' });
      expect(JSON.parse(row.details)).toMatchObject({ pid: op4.pid, from: 'open', to: 'agreed-ad-ref' });
    } finally {
      db.close();
    }
  });

  it('lets the lead agency of a brief set statuses there', async () => {
    const first = await paragraph(as.secretariat, '¶1', 'gcm-brief-3');
    const response = await setStatus('iom', first.pid, { status: 'agreed-ad-ref' }, 'gcm-brief-3');
    expect(response.status).toBe(200);
    expect((await response.json()).status).toBe('agreed-ad-ref');
  });
});

describe('reading statuses', () => {
  it('lists the current status of each paragraph that has one and counts the text, open by default', async () => {
    const all = await paragraphs(as.observer);
    const { statuses: list, counts } = await statuses();
    const byPid = new Map(list.map((s: any) => [s.pid, s]));
    const op1 = await paragraph(as.observer, 'OP1');
    expect(byPid.get(op1.pid)).toMatchObject({ status: 'bracketed', changedBy: { stakeholderId: 'MEX' } });
    expect(counts.open + counts.bracketed + counts['agreed-ad-ref'] + counts.agreed).toBe(all.length);
    const expected = { open: 0, bracketed: 0, 'agreed-ad-ref': 0, agreed: 0 } as Record<string, number>;
    for (const p of all) expected[(byPid.get(p.pid) as any)?.status ?? 'open']!++;
    expect(counts).toEqual(expected);
  });

  it('gives the same counts in the document summaries', async () => {
    const { counts } = await statuses();
    const listed = await as.eu.json('GET', '/api/documents');
    expect(listed.find((d: any) => d.id === COMPACT).statusCounts).toEqual(counts);
    expect((await as.eu.json('GET', `/api/documents/${COMPACT}`)).statusCounts).toEqual(counts);
    const briefs = await as.secretariat.json('GET', '/api/documents');
    expect(briefs.find((d: any) => d.id === 'gcm-brief-3').statusCounts['agreed-ad-ref']).toBe(1);
  });

  it('tells every reader of the document live which paragraph changed', async () => {
    const op5 = await paragraph(as.observer, 'OP5');
    const observer = await openEventStream(server, as.observer);
    const eu = await openEventStream(server, as.eu);
    try {
      await setOk('cofacilitator', op5.pid, 'bracketed');
      for (const stream of [observer, eu]) {
        await eventually(() => expect(stream.events.filter((e) => e.type === 'paragraph-status.changed')).toHaveLength(1), 2000);
        expect(stream.events.find((e) => e.type === 'paragraph-status.changed')).toMatchObject({
          name: 'paragraph-status.changed',
          documentId: COMPACT,
          data: { pid: op5.pid },
        });
      }
      // Setting the same status again is no change: nobody is told.
      await setOk('cofacilitator', op5.pid, 'bracketed');
      await new Promise((r) => setTimeout(r, 300));
      expect(observer.events.filter((e) => e.type === 'paragraph-status.changed')).toHaveLength(1);
    } finally {
      observer.close();
      eu.close();
    }
  });
});

describe('refusals', () => {
  it('refuses every role that does not hold the status pen on the compact, and stores nothing', async () => {
    const op6 = await paragraph(as.observer, 'OP6');
    const before = storedRows();
    for (const who of ['secretariat', 'eu', 'g77', 'canada', 'iom', 'ohchr', 'observer'] as const) {
      const error = await expectError(await setStatus(who, op6.pid, { status: 'agreed' }), 403, 'forbidden');
      expect(error.message).toMatch(/holders of the pen/);
    }
    expect(storedRows()).toEqual(before);
    expect((await as.observer.json('GET', `${statusPath(op6.pid)}-history`)).length).toBe(0);
  });

  it('refuses an agency contributor too', async () => {
    const created = await as.secretariat.post('/api/admin/users', {
      email: 'contributor.unhcr@demo.test',
      name: 'Amira Haddad',
      password: 'a-long-password',
      stakeholderId: 'agency-unhcr',
      role: 'agency-contributor',
    });
    expect(created.status).toBe(201);
    const contributor = await ApiClient.login(server.url, 'contributor.unhcr@demo.test', 'a-long-password');
    const op6 = await paragraph(as.observer, 'OP6');
    const before = storedRows();
    const error = await expectError(await contributor.request('PUT', statusPath(op6.pid), { status: 'bracketed' }), 403, 'forbidden');
    expect(error.message).toMatch(/holders of the pen/);
    const brief = await paragraph(as.secretariat, '¶1', 'gcm-brief-3');
    await expectError(await contributor.request('PUT', statusPath(brief.pid, 'gcm-brief-3'), { status: 'bracketed' }), 403, 'forbidden');
    expect(storedRows()).toEqual(before);
  });

  it('refuses a co-facilitator on a brief, and an agency on a brief it does not lead', async () => {
    const first = await paragraph(as.secretariat, '¶1', 'gcm-brief-1');
    const before = storedRows(first.pid);
    await expectError(await setStatus('cofacilitator', first.pid, { status: 'agreed' }, 'gcm-brief-1'), 403, 'forbidden');
    await expectError(await setStatus('iom', first.pid, { status: 'agreed' }, 'gcm-brief-1'), 403, 'forbidden');
    expect(storedRows(first.pid)).toEqual(before);
  });

  it('answers 404 for an unknown document and for a pid that is not in the text', async () => {
    const op6 = await paragraph(as.observer, 'OP6');
    const before = storedRows();
    await expectError(await setStatus('cofacilitator', op6.pid, { status: 'agreed' }, 'no-such-document'), 404, 'not_found');
    await expectError(await setStatus('cofacilitator', 'no-such-pid', { status: 'agreed' }), 404, 'not_found');
    const briefParagraph = await paragraph(as.secretariat, '¶1', 'gcm-brief-1');
    await expectError(await setStatus('cofacilitator', briefParagraph.pid, { status: 'agreed' }), 404, 'not_found');
    await expectError(await as.observer.get(`/api/documents/no-such-document/statuses`), 404, 'not_found');
    await expectError(await as.observer.get(`${statusPath('no-such-pid')}-history`), 404, 'not_found');
    expect(storedRows()).toEqual(before);
  });

  it('answers 403 outside the process, 401 without a session and refuses a foreign Origin', async () => {
    createOtherProcessCompact(server);
    await expectError(await as.cofacilitator.get('/api/documents/other-compact/statuses'), 403, 'forbidden');
    const op6 = await paragraph(as.observer, 'OP6');
    await expectError(await new ApiClient(server.url).request('PUT', statusPath(op6.pid), { status: 'agreed' }), 401, 'unauthorized');
    const foreign = await as.cofacilitator.request('PUT', statusPath(op6.pid), { status: 'agreed' }, { origin: 'http://evil.test' });
    await expectError(foreign, 403, 'csrf');
    expect(storedRows(op6.pid).changes).toBe(0);
  });

  it('answers 400 to every malformed body, and stores nothing', async () => {
    const op6 = await paragraph(as.observer, 'OP6');
    const before = storedRows();
    const put = (body: unknown) => setStatus('cofacilitator', op6.pid, body);
    await expectError(await put('{"status": '), 400, 'invalid_json');
    for (const body of [
      {},
      { status: 'reopened' },
      { status: 'Agreed' },
      { status: 3 },
      { status: null },
      { status: ['agreed'] },
      { status: 'agreed', note: 7 },
      { status: 'agreed', note: 'x'.repeat(281) },
      { status: 'agreed', note: 'one\ntwo' },
      { status: 'agreed', note: 'bad \ud800 surrogate' },
      { status: 'agreed', extra: true },
      [],
      '"agreed"',
    ]) {
      await expectError(await put(body), 400, 'invalid_input');
    }
    expect(storedRows()).toEqual(before);
  });
});

describe('an agreed paragraph is locked', () => {
  it("refuses a pen-holder's raw Yjs edit of it, stores nothing, and lets an edit of an open paragraph pass", async () => {
    const op3 = await paragraph(as.observer, 'OP3');
    const op7 = await paragraph(as.observer, 'OP7');
    await setOk('cofacilitator', op3.pid, 'agreed');
    const before = storedUpdates();

    const edits: [string, (doc: Y.Doc) => void][] = [
      ['typing into it', (doc) => insertText(doc, op3.pid, 0, 'LOCKED-EDIT ')],
      ['deleting it', (doc) => doc.getXmlFragment('default').delete(blocks(doc).indexOf(findBlock(doc, op3.pid)), 1)],
      ['changing its type', (doc) => retype(doc, op3.pid, 'preambularParagraph')],
      ['splitting it', (doc) => split(doc, op3.pid)],
      ['merging the next paragraph into it', (doc) => mergeNextInto(doc, op3.pid)],
    ];
    for (const [name, edit] of edits) {
      expect([name, await editThroughProvider(server.url, COMPACT, as.cofacilitator.cookie, edit)]).toEqual([name, CLOSE_INVALID_UPDATE]);
    }
    expect(storedUpdates()).toBe(before);
    expect((await paragraph(as.observer, 'OP3')).text).toBe(op3.text);

    const passed = await editThroughProvider(server.url, COMPACT, as.cofacilitator.cookie, (doc) =>
      insertText(doc, op7.pid, 0, 'OPEN-EDIT '),
    );
    expect(passed).toBe('still open');
    await eventually(async () => expect((await paragraph(as.observer, 'OP7')).text).toBe(`OPEN-EDIT ${op7.text}`));
    expect(storedUpdates()).toBe(before + 1);
  });

  it('keeps the agreed text on disk across a restart', async () => {
    const op3Before = await paragraph(as.observer, 'OP3');
    const { dataDir, url } = server;
    await server.stop();
    server = await startServerProcess({ dataDir, env: { PORT: new URL(url).port } });
    as = await loginAll(server);
    const op3 = await paragraph(as.observer, 'OP3');
    expect(op3.text).toBe(op3Before.text);
    expect(op3.text).not.toContain('LOCKED-EDIT');
    // The lock is read from storage when the room opens again.
    expect(
      await editThroughProvider(server.url, COMPACT, as.cofacilitator.cookie, (doc) => insertText(doc, op3.pid, 0, 'AFTER-RESTART ')),
    ).toBe(CLOSE_INVALID_UPDATE);
  });

  it("refuses a delegation's proposal on it with 409, and stores nothing", async () => {
    const op3 = await paragraph(as.observer, 'OP3');
    const count = () => openDatabase(server).prepare('SELECT COUNT(*) AS n FROM proposals').get().n;
    const before = count();
    for (const kind of ['amend', 'alternative', 'delete', 'insert-after']) {
      const body = { pid: op3.pid, kind, text: `${op3.text} More.`, justification: 'Stronger.' };
      const error = await expectError(await as.eu.post(`/api/documents/${COMPACT}/proposals`, body), 409, 'conflict');
      expect(error.message).toBe('OP3 is agreed: a co-facilitator must reopen it before it can be amended.');
    }
    expect(count()).toBe(before);
  });

  it('refuses accepting a proposal tabled before the paragraph was agreed, and leaves it tabled', async () => {
    const op8 = await paragraph(as.observer, 'OP8');
    const proposal = await table(as.eu, { pid: op8.pid, kind: 'amend', text: `${op8.text} Amended.`, justification: 'Clearer.' });
    await setOk('cofacilitator', op8.pid, 'agreed');
    const error = await expectError(await as.cofacilitator.post(`/api/proposals/${proposal.id}/accept`), 409, 'conflict');
    expect(error.message).toMatch(/^OP8 is agreed/);
    expect((await as.eu.json('GET', `/api/proposals/${proposal.id}`)).status).toBe('tabled');
    expect((await paragraph(as.observer, 'OP8')).text).toBe(op8.text);
    // Agreed ad referendum is not yet locked: the same proposal is accepted once the paragraph moves back.
    await setOk('cofacilitator', op8.pid, 'agreed-ad-ref');
    expect((await as.cofacilitator.post(`/api/proposals/${proposal.id}/accept`)).status).toBe(200);
    expect((await paragraph(as.observer, 'OP8')).text).toBe(`${op8.text} Amended.`);
  });

  it('takes edits and proposals again once reopened', async () => {
    const op3 = await paragraph(as.observer, 'OP3');
    await setOk('cofacilitator', op3.pid, 'open', 'Reopened for one more reading.');
    const passed = await editThroughProvider(server.url, COMPACT, as.cofacilitator.cookie, (doc) =>
      insertText(doc, op3.pid, 0, 'REOPENED '),
    );
    expect(passed).toBe('still open');
    await eventually(async () => expect((await paragraph(as.observer, 'OP3')).text).toBe(`REOPENED ${op3.text}`));
    await table(as.eu, { pid: op3.pid, kind: 'amend', text: `REOPENED ${op3.text} More.`, justification: 'Stronger.' });
    const history = await as.observer.json('GET', `${statusPath(op3.pid)}-history`);
    expect(history.at(-1)).toMatchObject({ from: 'agreed', to: 'open', reopened: true, note: 'Reopened for one more reading.' });
  });
});

function retype(doc: Y.Doc, pid: string, type: string): void {
  const fragment = doc.getXmlFragment('default');
  const old = findBlock(doc, pid);
  const index = blocks(doc).indexOf(old);
  const replacement = new Y.XmlElement(type);
  replacement.setAttribute('pid', pid);
  replacement.insert(0, [new Y.XmlText((old.get(0) as Y.XmlText).toString())]);
  doc.transact(() => {
    fragment.delete(index, 1);
    fragment.insert(index, [replacement]);
  });
}

function split(doc: Y.Doc, pid: string): void {
  const fragment = doc.getXmlFragment('default');
  const block = findBlock(doc, pid);
  const text = block.get(0) as Y.XmlText;
  const half = Math.floor(text.length / 2);
  const tail = text.toString().slice(half);
  const rest = new Y.XmlElement(block.nodeName);
  rest.setAttribute('pid', 'split0000001');
  rest.insert(0, [new Y.XmlText(tail)]);
  doc.transact(() => {
    text.delete(half, text.length - half);
    fragment.insert(blocks(doc).indexOf(block) + 1, [rest]);
  });
}

function mergeNextInto(doc: Y.Doc, pid: string): void {
  const fragment = doc.getXmlFragment('default');
  const block = findBlock(doc, pid);
  const index = blocks(doc).indexOf(block);
  const next = blocks(doc)[index + 1]!;
  const text = block.get(0) as Y.XmlText;
  doc.transact(() => {
    text.insert(text.length, ` ${(next.get(0) as Y.XmlText).toString()}`);
    fragment.delete(index + 1, 1);
  });
}
