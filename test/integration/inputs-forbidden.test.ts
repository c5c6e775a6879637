import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { connectSyncClient, eventually } from '../support/sync-client.ts';
import { editThroughProvider, sendRawMessage, syncUpdateMessage, updateOf } from '../support/hostile-updates.ts';
import { insertText } from '../support/yjs-text.ts';
import { expectError, loginAll, openEventStream, paragraph, type Who } from './proposals-fixtures.ts';
import { BRIEF_1, BRIEF_3, briefBlocks, countRows, inputBody, moveStage, PUBLISHED_BRIEF, source, submit } from './inputs-fixtures.ts';

let server: ServerProcess;
let as: Record<Who, ApiClient>;
let pid: string;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
  pid = (await briefBlocks(as.secretariat, BRIEF_1)).paragraph.pid;
});
afterAll(() => server?.stop());

const inputs = () => countRows(server, 'technical_inputs');
const versions = () => countRows(server, 'technical_input_versions');
const post = (who: Who, body: unknown, documentId = BRIEF_1) => as[who].post(`/api/documents/${documentId}/inputs`, body);

describe('who may submit', () => {
  it('refuses delegates, observers, co-facilitators and the secretariat with 403, storing nothing', async () => {
    const before = inputs();
    // Delegations and observers see the published brief only: there the refusal is about the role.
    for (const who of ['eu', 'observer'] as const) {
      const { paragraph: p } = await briefBlocks(as.secretariat, PUBLISHED_BRIEF);
      const error = await expectError(await post(who, inputBody(p.pid), PUBLISHED_BRIEF), 403, 'forbidden');
      expect(error.message).toMatch(/agencies/);
    }
    for (const who of ['cofacilitator', 'secretariat'] as const) await expectError(await post(who, inputBody(pid)), 403, 'forbidden');
    expect(inputs()).toBe(before);
  });

  it('answers 404 to delegations and observers for a brief not yet published, whatever they send', async () => {
    for (const who of ['eu', 'canada', 'observer'] as const) {
      await expectError(await post(who, inputBody(pid)), 404, 'not_found');
      await expectError(await post(who, '{"broken'), 404, 'not_found');
    }
  });

  it('refuses the compact with 409 and a clear message', async () => {
    const op1 = await paragraph(as.secretariat, 'OP1');
    const error = await expectError(await post('unicef', inputBody(op1.pid), 'gcm-compact'), 409, 'conflict');
    expect(error.message).toMatch(/issue briefs/);
    await expectError(await as.unicef.request('GET', '/api/documents/gcm-compact/inputs'), 409, 'conflict');
  });

  it('asks for a session and for the Origin header', async () => {
    await expectError(await new ApiClient(server.url).post(`/api/documents/${BRIEF_1}/inputs`, inputBody(pid)), 401, 'unauthorized');
    await expectError(
      await as.unicef.post(`/api/documents/${BRIEF_1}/inputs`, inputBody(pid), { origin: 'http://evil.test' }),
      403,
      'csrf',
    );
  });
});

describe('malformed inputs', () => {
  it('answers 400 with a clear message for each, and stores nothing', async () => {
    const before = { inputs: inputs(), versions: versions() };
    const { heading } = await briefBlocks(as.secretariat, BRIEF_1);
    const cases: [unknown, RegExp][] = [
      [{ ...inputBody(pid), type: 'opinion' }, /type/],
      [{ ...inputBody(pid), placement: 'beside' }, /placement/],
      [{ ...inputBody(pid), text: '   ' }, /text/],
      [{ ...inputBody(pid), sources: [] }, /at least one source/],
      [{ ...inputBody(pid), sources: [{ ...source, title: '' }] }, /title/],
      [{ ...inputBody(pid), sources: [{ ...source, url: 'javascript:alert(1)' }] }, /http/],
      [{ ...inputBody(pid), sources: [{ ...source, year: 3000 }] }, /future/],
      [{ ...inputBody(pid), sdgTargets: ['99.9'] }, /SDG target/],
      [{ ...inputBody(pid), sdgTargets: ['10.7', '10.7'] }, /once/],
      [{ ...inputBody(pid), extra: true }, /extra|Unrecognized/i],
      [{ ...inputBody(heading.pid), placement: 'against' }, /section heading/],
    ];
    for (const [body, message] of cases) {
      const response = await post('unicef', body);
      expect(response.status).toBe(400);
      expect((await response.json()).error.message).toMatch(message);
    }
    await expectError(await post('unicef', '{"pid": '), 400, 'invalid_json');
    await expectError(await post('unicef', inputBody('no-such-pid')), 404, 'not_found');
    expect({ inputs: inputs(), versions: versions() }).toEqual(before);
  });

  it('refuses a decline without a reason and an empty edit', async () => {
    const input = await submit(as.unicef, BRIEF_1, inputBody(pid));
    await expectError(await as.ohchr.post(`/api/inputs/${input.id}/decline`, {}), 400, 'invalid_input');
    await expectError(await as.ohchr.post(`/api/inputs/${input.id}/decline`, { reason: 'one\ntwo' }), 400, 'invalid_input');
    await expectError(await as.unicef.request('PATCH', `/api/inputs/${input.id}`, {}), 400, 'invalid_input');
    await expectError(await as.ohchr.post(`/api/inputs/${input.id}/incorporate`, { text: '' }), 400, 'invalid_input');
    expect((await as.unicef.json('GET', `/api/inputs/${input.id}`)).status).toBe('submitted');
    expect(countRows(server, 'technical_input_versions', 'input_id = ?', input.id)).toBe(1);
  });
});

describe('who may edit, withdraw and decide', () => {
  it("refuses another agency editing or withdrawing an input (403), and the co-leads too: it is the agency's", async () => {
    const input = await submit(as.unicef, BRIEF_1, inputBody(pid));
    for (const who of ['iom', 'ohchr', 'secretariat'] as const) {
      const edit = await expectError(await as[who].request('PATCH', `/api/inputs/${input.id}`, { text: 'Hijacked.' }), 403, 'forbidden');
      expect(edit.message).toMatch(/agency that submitted/);
      await expectError(await as[who].post(`/api/inputs/${input.id}/withdraw`), 403, 'forbidden');
    }
    const seen = await as.secretariat.json('GET', `/api/inputs/${input.id}`);
    expect({ status: seen.status, text: seen.text, edits: seen.edits }).toEqual({ status: 'submitted', text: input.text, edits: 0 });
    const withdrawn = await as.unicef.json('POST', `/api/inputs/${input.id}/withdraw`);
    expect(withdrawn.status).toBe('withdrawn');
    await expectError(await as.unicef.post(`/api/inputs/${input.id}/withdraw`), 409, 'conflict');
    await expectError(await as.unicef.request('PATCH', `/api/inputs/${input.id}`, { text: 'Back.' }), 409, 'conflict');
    await expectError(await as.ohchr.post(`/api/inputs/${input.id}/incorporate`), 409, 'conflict');
  });

  it('refuses a non-lead agency (IOM on brief 1), a contributor, a co-facilitator and the secretariat deciding', async () => {
    const input = await submit(as.unicef, BRIEF_1, inputBody(pid));
    for (const who of ['iom', 'unicef', 'cofacilitator', 'secretariat'] as const) {
      await expectError(await as[who].post(`/api/inputs/${input.id}/incorporate`), 403, 'forbidden');
      await expectError(await as[who].post(`/api/inputs/${input.id}/decline`, { reason: 'No.' }), 403, 'forbidden');
    }
    for (const who of ['eu', 'observer'] as const)
      await expectError(await as[who].post(`/api/inputs/${input.id}/incorporate`), 404, 'not_found');
    expect((await as.ohchr.json('GET', `/api/inputs/${input.id}`)).status).toBe('submitted');
    expect(countRows(server, 'yjs_clients', 'input_id = ?', input.id)).toBe(0);
  });

  it('answers 404 for an unknown input', async () => {
    const unknown = '00000000-0000-0000-0000-000000000000';
    await expectError(await as.ohchr.post(`/api/inputs/${unknown}/incorporate`), 404, 'not_found');
    await expectError(await as.unicef.get(`/api/inputs/${unknown}`), 404, 'not_found');
  });

  it('refuses incorporating into an agreed paragraph with 409, and leaves the text and the input as they were', async () => {
    const { all } = await briefBlocks(as.secretariat, BRIEF_1);
    const target = all.find((p) => p.number === '¶2')!;
    const input = await submit(as.unicef, BRIEF_1, inputBody(target.pid));
    const status = await as.ohchr.request('PUT', `/api/documents/${BRIEF_1}/paragraphs/${target.pid}/status`, { status: 'agreed' });
    expect(status.status).toBe(200);
    const updates = countRows(server, 'yjs_updates', 'document_id = ?', BRIEF_1);
    expect((await expectError(await as.ohchr.post(`/api/inputs/${input.id}/incorporate`), 409, 'conflict')).message).toMatch(/agreed/);
    expect(countRows(server, 'yjs_updates', 'document_id = ?', BRIEF_1)).toBe(updates);
    expect((await paragraph(as.secretariat, '¶2', BRIEF_1)).text).toBe(target.text);
    expect((await as.ohchr.json('GET', `/api/inputs/${input.id}`)).status).toBe('submitted');
  });
});

describe("a non-lead agency's raw writes to the brief", () => {
  it('are never applied or stored, through a stock provider or a hand-made update', async () => {
    const updates = countRows(server, 'yjs_updates', 'document_id = ?', BRIEF_1);
    const before = (await paragraph(as.secretariat, '¶1', BRIEF_1)).text;
    await editThroughProvider(server.url, BRIEF_1, as.iom.cookie, (doc) => insertText(doc, pid, 0, 'IOM writes directly. '));
    const reader = connectSyncClient(server.url, BRIEF_1, as.unicef.cookie);
    try {
      await reader.synced;
      const update = updateOf(reader.doc, (copy) => insertText(copy, pid, 0, 'UNICEF writes directly. '));
      await sendRawMessage(server.url, BRIEF_1, as.unicef.cookie, syncUpdateMessage(update));
      await sendRawMessage(server.url, BRIEF_1, as.iom.cookie, syncUpdateMessage(update, 'step2'));
    } finally {
      reader.destroy();
    }
    expect(countRows(server, 'yjs_updates', 'document_id = ?', BRIEF_1)).toBe(updates);
    expect((await paragraph(as.secretariat, '¶1', BRIEF_1)).text).toBe(before);
  });
});

describe('who hears of inputs', () => {
  it('tells readers of the brief that an input changed, and never delegations or observers before publication', async () => {
    const streams = {
      iom: await openEventStream(server, as.iom),
      eu: await openEventStream(server, as.eu),
      observer: await openEventStream(server, as.observer),
    };
    try {
      const input = await submit(as.unicef, BRIEF_1, inputBody(pid));
      await as.who.json('POST', `/api/inputs/${input.id}/decline`, { reason: 'Out of scope.' });
      const about = (events: { type: string; data: Record<string, unknown> }[]) =>
        events.filter((e) => e.type === 'input.changed' && e.data.inputId === input.id);
      await eventually(() => expect(about(streams.iom.events)).toHaveLength(2));
      await new Promise((r) => setTimeout(r, 300));
      expect(about(streams.eu.events)).toEqual([]);
      expect(about(streams.observer.events)).toEqual([]);
      expect(streams.eu.events.filter((e) => e.documentId === BRIEF_1)).toEqual([]);
      for (const who of ['eu', 'observer'] as const) {
        await expectError(await as[who].request('GET', `/api/documents/${BRIEF_1}/inputs`), 404, 'not_found');
        const hidden = await expectError(await as[who].request('GET', `/api/inputs/${input.id}`), 404, 'not_found');
        expect(hidden.message).toMatch(/Technical input/);
        await expectError(await as[who].request('GET', `/api/inputs/${input.id}/attachment`), 404, 'not_found');
      }
    } finally {
      for (const stream of Object.values(streams)) stream.close();
    }
  });
});

describe('inputs along the lifecycle', () => {
  it('takes inputs only while circulated; decides them while circulated or under finalization; freezes them once endorsed', async () => {
    // Under finalization (brief 3): no new input, from any agency.
    const brief3 = (await briefBlocks(as.secretariat, BRIEF_3)).paragraph.pid;
    for (const who of ['unicef', 'ohchr', 'iom'] as const) {
      const error = await expectError(await post(who, inputBody(brief3), BRIEF_3), 409, 'conflict');
      expect(error.message).toMatch(/under finalization/i);
    }
    // Published: read-only for inputs too.
    const published = (await briefBlocks(as.secretariat, PUBLISHED_BRIEF)).paragraph.pid;
    expect((await expectError(await post('unicef', inputBody(published), PUBLISHED_BRIEF), 409, 'conflict')).message).toMatch(/published/i);

    const pending = await submit(as.unicef, BRIEF_1, inputBody(pid));
    const toDecline = await submit(as.iom, BRIEF_1, inputBody(pid, { placement: 'after' }));
    const before = inputs();

    // Back to draft: the co-leads see it, nobody submits, nothing is decided.
    await moveStage(as.ohchr, BRIEF_1, 'draft');
    expect((await expectError(await post('ohchr', inputBody(pid)), 409, 'conflict')).message).toMatch(/draft/i);
    await expectError(await as.ohchr.post(`/api/inputs/${pending.id}/incorporate`), 409, 'conflict');
    await expectError(await post('unicef', inputBody(pid)), 404, 'not_found');
    await expectError(await as.unicef.request('GET', `/api/inputs/${pending.id}`), 404, 'not_found');

    // Under finalization: no edit, but the co-leads still decide.
    await moveStage(as.ohchr, BRIEF_1, 'circulated');
    await moveStage(as.ohchr, BRIEF_1, 'finalization');
    await expectError(await post('unicef', inputBody(pid)), 409, 'conflict');
    await expectError(await as.unicef.request('PATCH', `/api/inputs/${pending.id}`, { text: 'Late edit.' }), 409, 'conflict');
    expect((await as.who.json('POST', `/api/inputs/${toDecline.id}/decline`, { reason: 'Not now.' })).status).toBe('declined');

    // Endorsed, then published: decisions, withdrawals and edits are refused; readers see the record.
    await moveStage(as.secretariat, BRIEF_1, 'endorsed');
    await expectError(await as.ohchr.post(`/api/inputs/${pending.id}/incorporate`), 409, 'conflict');
    await expectError(await as.ohchr.post(`/api/inputs/${pending.id}/decline`, { reason: 'Too late.' }), 409, 'conflict');
    expect((await expectError(await as.unicef.post(`/api/inputs/${pending.id}/withdraw`), 409, 'conflict')).message).toMatch(/endorsed/i);
    await moveStage(as.secretariat, BRIEF_1, 'published');
    await expectError(await post('unicef', inputBody(pid)), 409, 'conflict');
    expect(inputs()).toBe(before);
    const seen = await as.observer.json('GET', `/api/documents/${BRIEF_1}/inputs`);
    expect(seen.find((i: any) => i.id === toDecline.id)).toMatchObject({
      status: 'declined',
      viewer: { canEdit: false, canWithdraw: false, canDecide: false },
    });
  });
});
