import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { connectSyncClient, eventually } from '../support/sync-client.ts';
import { blocks, findBlock } from '../support/yjs-text.ts';
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

let server: ServerProcess;
let as: Record<Who, ApiClient>;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
});
afterAll(() => server?.stop());

const revisionsPath = `/api/documents/${COMPACT}/revisions`;

async function issue(body: Record<string, unknown>, who: Who = 'cofacilitator'): Promise<any> {
  const response = await as[who].post(revisionsPath, body);
  if (response.status !== 201) throw new Error(`Issuing failed: ${response.status} ${await response.text()}`);
  return response.json();
}

async function accept(proposalId: string): Promise<void> {
  const response = await as.cofacilitator.post(`/api/proposals/${proposalId}/accept`, {});
  if (response.status !== 200) throw new Error(`Accepting failed: ${response.status} ${await response.text()}`);
}

const numbersOf = async () => (await paragraphs(as.observer)).filter((p) => p.number.startsWith('OP')).map((p) => p.number);
const revisionCount = async () => (await as.observer.json('GET', revisionsPath)).length;

describe('issuing a revision', () => {
  it('freezes the text with its numbers, the proposals and the statuses, and lists it for every reader', async () => {
    const stream = await openEventStream(server, as.g77);
    const op2 = await paragraph(as.observer, 'OP2');
    const pending = await table(as.eu, { pid: op2.pid, kind: 'amend', text: `${op2.text} As amended.`, justification: 'Clearer.' });
    const issued = await issue({
      name: 'Zero draft',
      symbol: 'A/CONF.231/3',
      issuedOn: '2026-02-05',
      coverNote: 'The zero draft, as promised.',
    });

    expect(issued).toMatchObject({
      sequence: 1,
      name: 'Zero draft',
      symbol: 'A/CONF.231/3',
      issuedOn: '2026-02-05',
      coverNote: 'The zero draft, as promised.',
      issuedBy: { stakeholder: 'Mexico', role: 'cofacilitator' },
      previousNumbers: {},
    });
    const live = await paragraphs(as.observer);
    const frozenNumbered = issued.blocks.filter((b: any) => b.pid && b.number);
    expect(frozenNumbered.map((b: any) => [b.pid, b.number, b.text])).toEqual(
      live.filter((p) => p.number).map((p) => [p.pid, p.number, p.text]),
    );
    expect(issued.proposals).toContainEqual(expect.objectContaining({ id: pending.id, status: 'tabled', pid: op2.pid }));

    const listed = await as.g77.json('GET', revisionsPath);
    expect(listed.map((r: any) => r.name)).toEqual(['Zero draft']);
    expect(listed[0].paragraphCount).toBe(frozenNumbered.length);
    const document = await as.g77.json('GET', `/api/documents/${COMPACT}`);
    expect(document.currentRevision).toMatchObject({ id: issued.id, name: 'Zero draft', sequence: 1 });
    expect(document.numbering.revisionId).toBe(issued.id);
    expect((await as.g77.json('GET', '/api/documents')).find((d: any) => d.id === COMPACT).currentRevision.name).toBe('Zero draft');

    await eventually(() => expect(stream.events.some((e) => e.type === 'revision.issued' && e.data.revisionId === issued.id)).toBe(true));
    stream.close();
    const audit = openDatabase(server)
      .prepare("SELECT user_id, role, target FROM audit_log WHERE action = 'revision.issue' AND target = ?")
      .all(issued.id);
    expect(audit).toHaveLength(1);
  });

  it('keeps numbers fixed until the next revision: 3bis for an accepted insertion, a deleted paragraph leaves its number', async () => {
    const before = await numbersOf();
    const op3 = await paragraph(as.observer, 'OP3');
    const op5 = await paragraph(as.observer, 'OP5');
    const inserted = await table(as.eu, {
      pid: op3.pid,
      kind: 'insert-after',
      text: 'A new paragraph after three.',
      justification: 'Needed.',
    });
    await accept(inserted.id);
    // A second paragraph added after OP3 follows the first: 3ter, and 3bis keeps its number.
    const second = await table(as.g77, {
      pid: op3.pid,
      kind: 'insert-after',
      text: 'Another paragraph after three.',
      justification: 'Too.',
    });
    await accept(second.id);
    const removed = await table(as.canada, { pid: op5.pid, kind: 'delete', justification: 'Redundant.' });
    await accept(removed.id);

    const now = await paragraphs(as.observer);
    const added = now.find((p) => p.text === 'A new paragraph after three.');
    expect(added?.number).toBe('OP3bis');
    expect(now.find((p) => p.text === 'Another paragraph after three.')?.number).toBe('OP3ter');
    expect(now.find((p) => p.pid === op5.pid)).toBeUndefined();
    // Nothing after the insertion or the deletion moved.
    const expected = before.filter((n) => n !== 'OP5');
    expected.splice(expected.indexOf('OP3') + 1, 0, 'OP3bis', 'OP3ter');
    expect(await numbersOf()).toEqual(expected);
    // A pending proposal still names the number it was tabled against.
    const op6 = await paragraph(as.observer, 'OP6');
    const onOp6 = await table(as.g77, { pid: op6.pid, kind: 'amend', text: `${op6.text} Indeed.`, justification: 'Stronger.' });
    expect((await as.g77.json('GET', `/api/proposals/${onOp6.id}`)).paragraphLabel).toBe('OP6');
    expect((await as.g77.json('GET', `/api/proposals/${inserted.id}`)).paragraphLabel).toBe('3bis');
  });

  it('numbers a paragraph the pen typed in after OP1 as 1bis, live', async () => {
    const op1 = await paragraph(as.observer, 'OP1');
    const pen = connectSyncClient(server.url, COMPACT, as.cofacilitator.cookie);
    await pen.synced;
    const fragment = pen.doc.getXmlFragment('default');
    const index = blocks(pen.doc).indexOf(findBlock(pen.doc, op1.pid));
    pen.doc.transact(() => {
      const element = new Y.XmlElement('operativeParagraph');
      element.setAttribute('pid', 'typed-by-the-pen-1');
      element.insert(0, [new Y.XmlText('Typed by the pen.')]);
      fragment.insert(index + 1, [element]);
    });
    await eventually(async () =>
      expect((await paragraphs(as.observer)).find((p) => p.pid === 'typed-by-the-pen-1')?.number).toBe('OP1bis'),
    );
    expect((await paragraph(as.observer, 'OP2')).pid).not.toBe('typed-by-the-pen-1');
    pen.destroy();
  });

  it('renumbers cleanly at the next revision and records what each number was', async () => {
    const frozen = await paragraphs(as.observer);
    const rev1 = await issue({ name: 'Rev.1' });
    expect(rev1.sequence).toBe(2);
    const clean = rev1.blocks.filter((b: any) => b.type === 'operativeParagraph').map((b: any) => b.number);
    expect(clean).toEqual(clean.map((_: string, i: number) => `OP${i + 1}`));
    // OP1, OP1bis, OP2, OP3, OP3bis: the paragraph that was 3bis is now the fifth.
    const was3bis = frozen.find((p) => p.number === 'OP3bis')!;
    expect(rev1.blocks.find((b: any) => b.pid === was3bis.pid).number).toBe('OP5');
    expect(rev1.previousNumbers[was3bis.pid]).toBe('OP3bis');
    expect(rev1.previousNumbers['typed-by-the-pen-1']).toBe('OP1bis');
    const was3ter = frozen.find((p) => p.number === 'OP3ter')!;
    expect(rev1.blocks.find((b: any) => b.pid === was3ter.pid).number).toBe('OP6');
    expect((await paragraph(as.observer, 'OP5')).pid).toBe(was3bis.pid);
    const op1 = frozen.find((p) => p.number === 'OP1')!;
    expect(rev1.previousNumbers[op1.pid]).toBeUndefined();
    const document = await as.observer.json('GET', `/api/documents/${COMPACT}`);
    expect(document.numbering.previousNumbers[was3bis.pid]).toBe('OP3bis');
    expect(document.currentRevision.name).toBe('Rev.1');
  });

  it('reads a revision as it was issued, whatever the text has become since', async () => {
    const [zero] = await as.observer.json('GET', revisionsPath);
    const detail = await as.observer.json('GET', `${revisionsPath}/${zero.id}`);
    expect(detail.blocks.some((b: any) => b.text === 'A new paragraph after three.')).toBe(false);
    expect(detail.blocks.some((b: any) => b.number === 'OP5')).toBe(true);
    // The frozen Yjs state in storage is the same text.
    const row = openDatabase(server).prepare('SELECT state FROM revisions WHERE id = ?').get(zero.id) as { state: Buffer };
    const doc = new Y.Doc();
    Y.applyUpdate(doc, row.state);
    expect(blocks(doc).map((b) => b.getAttribute('pid') ?? null)).toEqual(detail.blocks.map((b: any) => b.pid));
  });
});

describe('what nobody may do', () => {
  it('refuses delegations, agencies and observers, and stores nothing', async () => {
    const count = await revisionCount();
    for (const who of ['eu', 'g77', 'iom', 'observer'] as const) {
      await expectError(await as[who].post(revisionsPath, { name: `By ${who}` }), 403, 'forbidden');
    }
    expect(await revisionCount()).toBe(count);
  });

  it('lets the secretariat issue, and a lead agency on its own brief but not on another', async () => {
    const brief = '/api/documents/gcm-brief-3/revisions';
    expect((await as.secretariat.post(brief, { name: 'Draft for comments' })).status).toBe(201);
    expect((await as.iom.post(brief, { name: 'Second draft' })).status).toBe(201);
    await expectError(await as.iom.post('/api/documents/gcm-brief-1/revisions', { name: 'Not ours' }), 403, 'forbidden');
  });

  it('answers 404 for unknown documents and revisions, and for a revision asked through another document', async () => {
    await expectError(await as.cofacilitator.post('/api/documents/nope/revisions', { name: 'Rev.9' }), 404, 'not_found');
    await expectError(await as.cofacilitator.get('/api/documents/nope/revisions'), 404, 'not_found');
    await expectError(await as.cofacilitator.get(`${revisionsPath}/nope`), 404, 'not_found');
    const [briefRevision] = await as.secretariat.json('GET', '/api/documents/gcm-brief-3/revisions');
    await expectError(await as.cofacilitator.get(`${revisionsPath}/${briefRevision.id}`), 404, 'not_found');
    createOtherProcessCompact(server);
    await expectError(await as.cofacilitator.post('/api/documents/other-compact/revisions', { name: 'Rev.1' }), 403, 'forbidden');
  });

  it('refuses malformed input with a clear message, and stores nothing', async () => {
    const count = await revisionCount();
    const cases: [unknown, RegExp][] = [
      [{}, /name/i],
      [{ name: '   ' }, /needs a name/],
      [{ name: 'x'.repeat(81) }, /80 characters/],
      [{ name: 'Rev.9', issuedOn: '2026-02-30' }, /does not exist/],
      [{ name: 'Rev.9', issuedOn: '5 February 2026' }, /YYYY-MM-DD/],
      [{ name: 'Rev.9', symbol: 'A/CONF<script>' }, /document symbol/],
      [{ name: 'Rev.9', coverNote: 'n'.repeat(5001) }, /5000 characters/],
      [{ name: 42 }, /name/i],
    ];
    for (const [body, message] of cases) {
      const error = await expectError(await as.cofacilitator.post(revisionsPath, body), 400, 'invalid_input');
      expect(JSON.stringify(error)).toMatch(message);
    }
    const notJson = await as.cofacilitator.request('POST', revisionsPath, '{"name":', { 'content-type': 'application/json' });
    await expectError(notJson, 400);
    await expectError(await as.cofacilitator.post(revisionsPath, { name: 'Rev.1' }), 409, 'conflict');
    expect(await revisionCount()).toBe(count);
  });

  it('has no route that changes or removes a revision', async () => {
    const [zero] = await as.observer.json('GET', revisionsPath);
    const before = await as.observer.json('GET', `${revisionsPath}/${zero.id}`);
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      const response = await as.cofacilitator.request(method, `${revisionsPath}/${zero.id}`, { name: 'Rewritten' });
      expect(response.status).toBe(404);
    }
    expect(await as.observer.json('GET', `${revisionsPath}/${zero.id}`)).toEqual(before);
  });

  it('refuses UPDATE and DELETE on revisions even through raw SQL', () => {
    const db = openDatabase(server, { readonly: false });
    try {
      expect(() => db.prepare("UPDATE revisions SET name = 'Rewritten'").run()).toThrow(/immutable/);
      expect(() => db.prepare('DELETE FROM revisions').run()).toThrow(/immutable/);
    } finally {
      db.close();
    }
  });
});
