import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { connectSyncClient, eventually } from '../support/sync-client.ts';
import { blocks, blockText, insertText } from '../support/yjs-text.ts';
import {
  COMPACT,
  expectError,
  loginAll,
  openDatabase,
  openEventStream,
  paragraph,
  paragraphs,
  table,
  type Who,
} from './proposals-fixtures.ts';
import { issueRevision } from './silence-fixtures.ts';
import { formatUnDateTime } from '@plenary/shared/domain/index';

const START = new Date('2026-12-01T09:00:00.000Z');
const HOUR = 3600 * 1000;
const at = (hours: number) => new Date(START.getTime() + hours * HOUR);

let server: ServerProcess;
let as: Record<Who, ApiClient>;
let stream: Awaited<ReturnType<typeof openEventStream>>;
let zeroDraft: { id: string; name: string };

beforeAll(async () => {
  server = await startServerProcess({ clock: START });
  as = await loginAll(server);
  stream = await openEventStream(server, as.observer);
});
afterAll(async () => {
  stream?.close();
  await server?.stop();
});

const silencePath = (documentId = COMPACT) => `/api/documents/${documentId}/silence`;
const overview = (client: ApiClient, documentId = COMPACT) => client.json('GET', silencePath(documentId));
const startSilence = async (client: ApiClient, body: Record<string, unknown>, documentId = COMPACT) => {
  const response = await client.post(silencePath(documentId), body);
  if (response.status !== 201) throw new Error(`Starting silence failed: ${response.status} ${await response.text()}`);
  return response.json();
};
const breakSilence = (client: ApiClient, procedureId: string, statement: unknown) =>
  client.post(`/api/silence/${procedureId}/break`, { statement });

/** Rows the refusals must leave alone. */
function counts() {
  const db = openDatabase(server);
  try {
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      procedures: count('silence_procedures'),
      statements: count('silence_statements'),
      positions: count('position_statements'),
      audit: count("audit_log WHERE action LIKE 'silence.%' OR action LIKE 'position-statement.%'"),
    };
  } finally {
    db.close();
  }
}

function auditActions(target: string): string[] {
  const db = openDatabase(server);
  try {
    return db
      .prepare('SELECT action FROM audit_log WHERE target = ? ORDER BY id')
      .all(target)
      .map((r: { action: string }) => r.action);
  } finally {
    db.close();
  }
}

describe('a silence that delegations break', () => {
  let revision: { id: string; name: string };
  let procedure: any;

  it('refuses to start before there is a revision to put under silence', async () => {
    const before = counts();
    await expectError(await as.cofacilitator.post(silencePath(), { revisionId: 'no-such-revision' }), 404, 'not_found');
    expect((await overview(as.cofacilitator)).viewer.mayStart).toBe(false);
    expect(counts()).toEqual(before);
  });

  it('starts on the latest revision with the default deadline of 72 hours, seen by every reader', async () => {
    zeroDraft = await issueRevision(as.cofacilitator, 'Zero draft');
    revision = await issueRevision(as.cofacilitator, 'Rev.1');
    expect((await overview(as.cofacilitator)).viewer.mayStart).toBe(true);
    procedure = await startSilence(as.cofacilitator, { revisionId: revision.id });
    expect(procedure).toMatchObject({
      documentId: COMPACT,
      revision,
      startedBy: { stakeholderId: 'MEX', stakeholder: 'Mexico', role: 'cofacilitator' },
      startedAt: START.toISOString(),
      deadline: at(72).toISOString(),
      outcome: null,
      endedAt: null,
      brokenBy: [],
      statements: [],
    });
    const seen = await overview(as.observer);
    expect(seen).toMatchObject({
      now: START.toISOString(),
      current: { id: procedure.id },
      past: [],
      adoptedAt: null,
      latestRevision: revision,
    });
    expect(seen.viewer).toEqual({ mayStart: false, mayBreak: false, mayRecordPosition: false });
    expect((await overview(as.eu)).viewer).toEqual({ mayStart: false, mayBreak: true, mayRecordPosition: false });
    expect(auditActions(procedure.id)).toEqual(['silence.start']);
    await eventually(() => expect(stream.events).toContainEqual(expect.objectContaining({ type: 'silence.started', documentId: COMPACT })));
  });

  it('refuses a second procedure while one runs, and an earlier revision', async () => {
    const before = counts();
    const running = await expectError(await as.cofacilitator2.post(silencePath(), { revisionId: revision.id }), 409, 'conflict');
    expect(running.message).toMatch(/already under way/);
    expect(counts()).toEqual(before);
  });

  it('lets delegations break it with a written statement, once each, cleaned of bidi controls', async () => {
    const broken = await breakSilence(as.eu, procedure.id, '  The European Union cannot join \u202Econsensus on OP12.  ');
    expect(broken.status).toBe(201);
    const eu = await broken.json();
    expect(eu.brokenBy).toEqual([{ id: 'group-eu', name: 'European Union', shortName: 'EU' }]);
    expect(eu.statements[0]).toMatchObject({
      stakeholder: { id: 'group-eu' },
      role: 'delegate',
      body: 'The European Union cannot join consensus on OP12.',
      at: START.toISOString(),
    });
    server.setClock(at(71));
    expect((await breakSilence(as.g77, procedure.id, 'The Group of 77 requests more time.')).status).toBe(201);

    const before = counts();
    const again = await expectError(await breakSilence(as.eu, procedure.id, 'Once more.'), 409, 'conflict');
    expect(again.message).toMatch(/already broken/);
    expect((await overview(as.eu)).viewer.mayBreak).toBe(false);
    expect(counts()).toEqual(before);
    await eventually(() =>
      expect(stream.events).toContainEqual(
        expect.objectContaining({ type: 'silence.broken', data: { procedureId: procedure.id, stakeholderId: 'group-g77' } }),
      ),
    );
  });

  it('refuses explanations of position before the text is adopted', async () => {
    const before = counts();
    const error = await expectError(
      await as.canada.post(`/api/documents/${COMPACT}/position-statements`, { kind: 'explanation', pids: [], body: 'Too early.' }),
      409,
      'conflict',
    );
    expect(error.message).toMatch(/not been adopted/);
    expect(counts()).toEqual(before);
  });

  it('refuses a break after the deadline by the server clock, and ends as broken, naming every breaker', async () => {
    server.setClock(at(72));
    const before = counts();
    const late = await expectError(await breakSilence(as.canada, procedure.id, 'Canada objects.'), 409, 'conflict');
    expect(late.message).toBe(`The silence procedure ended at ${at(72).toISOString()}.`);
    const seen = await overview(as.observer);
    expect(seen.current).toBeNull();
    expect(seen.adoptedAt).toBeNull();
    expect(seen.past[0]).toMatchObject({
      id: procedure.id,
      outcome: 'broken',
      endedAt: at(72).toISOString(),
      brokenBy: [{ shortName: 'EU' }, { shortName: 'G77 and China' }],
    });
    expect(seen.past[0].statements.map((s: any) => s.body)).toEqual([
      'The European Union cannot join consensus on OP12.',
      'The Group of 77 requests more time.',
    ]);
    expect({ ...counts(), audit: before.audit }).toEqual(before);
    expect(auditActions(procedure.id)).toEqual(['silence.start', 'silence.break', 'silence.break', 'silence.end']);
    expect(stream.events).toContainEqual(
      expect.objectContaining({ type: 'silence.ended', data: { procedureId: procedure.id, outcome: 'broken' } }),
    );
    const document = await as.cofacilitator.json('GET', `/api/documents/${COMPACT}`);
    expect(document).toMatchObject({ adoptedAt: null, finalRevisionId: null, canEdit: true });
  });
});

/** Proposals tabled before Rev.2 goes under silence: the adopted text must refuse every decision on them. */
let tabledBefore: { id: string };
let rejectedBefore: { id: string };

describe('who may start and break silence, and malformed input', () => {
  let revision: { id: string };
  let procedure: any;

  beforeAll(async () => {
    server.setClock(at(100));
    const op5 = await paragraph(as.observer, 'OP5');
    tabledBefore = await table(as.eu, { pid: op5.pid, kind: 'amend', text: `${op5.text} Before silence.`, justification: 'In time.' });
    rejectedBefore = await table(as.g77, { pid: op5.pid, kind: 'amend', text: `${op5.text} Rejected.`, justification: 'Try.' });
    await as.cofacilitator.json('POST', `/api/proposals/${rejectedBefore.id}/reject`, { reason: 'Not now.' });
    revision = await issueRevision(as.secretariat, 'Rev.2');
  });

  it('refuses every role without the pen, on the compact and on a brief, and stores nothing', async () => {
    const before = counts();
    for (const who of ['eu', 'canada', 'iom', 'ohchr', 'observer'] as const) {
      await expectError(await as[who].post(silencePath(), { revisionId: revision.id }), 403, 'forbidden');
    }
    // On a brief the co-facilitators do not hold the pen, its lead agency does.
    await expectError(await as.cofacilitator.post(silencePath('gcm-brief-3'), { revisionId: revision.id }), 403, 'forbidden');
    await expectError(await new ApiClient(server.url).post(silencePath(), { revisionId: revision.id }), 401, 'unauthorized');
    await expectError(await as.cofacilitator.post(silencePath(), { revisionId: revision.id }, { origin: 'http://evil.test' }), 403, 'csrf');
    expect(counts()).toEqual(before);
  });

  it('answers 404 for an unknown document, a revision of another document and an unknown procedure', async () => {
    const before = counts();
    await expectError(await as.cofacilitator.post(silencePath('no-such-document'), { revisionId: revision.id }), 404, 'not_found');
    await expectError(await as.observer.get(silencePath('no-such-document')), 404, 'not_found');
    await expectError(await as.iom.post(silencePath('gcm-brief-3'), { revisionId: revision.id }), 404, 'not_found');
    await expectError(await breakSilence(as.eu, 'no-such-procedure', 'Objection.'), 404, 'not_found');
    expect(counts()).toEqual(before);
  });

  it('answers 400 for bad JSON, a bad deadline, one in the past and one beyond 30 days', async () => {
    const before = counts();
    const post = (body: unknown) => as.cofacilitator.post(silencePath(), body);
    await expectError(await post('{"revisionId": '), 400, 'invalid_json');
    await expectError(await post({}), 400, 'invalid_input');
    expect((await expectError(await post({ revisionId: revision.id, deadline: 'Friday noon' }), 400, 'invalid_input')).message).toMatch(
      /deadline/,
    );
    await expectError(await post({ revisionId: revision.id, deadline: '2026-12-10T12:00:00' }), 400, 'invalid_input');
    expect(
      (await expectError(await post({ revisionId: revision.id, deadline: at(99).toISOString() }), 400, 'bad_request')).message,
    ).toMatch(/future/);
    expect(
      (await expectError(await post({ revisionId: revision.id, deadline: at(100 + 30 * 24 + 1).toISOString() }), 400, 'bad_request'))
        .message,
    ).toMatch(/30 days/);
    expect(counts()).toEqual(before);
  });

  it('refuses an earlier revision: only the latest goes under silence', async () => {
    const before = counts();
    const error = await expectError(await as.cofacilitator.post(silencePath(), { revisionId: zeroDraft.id }), 409, 'conflict');
    expect(error.message).toMatch(/latest revision \(Rev\.2\)/);
    expect(counts()).toEqual(before);
  });

  it('takes a deadline in any time zone, and refuses every role but a delegation breaking it', async () => {
    procedure = await startSilence(as.secretariat, { revisionId: revision.id, deadline: '2026-12-05T14:00:00-05:00' });
    expect(procedure.deadline).toBe('2026-12-05T19:00:00.000Z');
    const before = counts();
    for (const who of ['cofacilitator', 'cofacilitator2', 'secretariat', 'iom', 'ohchr', 'observer'] as const) {
      await expectError(await breakSilence(as[who], procedure.id, 'We object.'), 403, 'forbidden');
    }
    for (const who of ['cofacilitator', 'secretariat', 'iom', 'observer'] as const) {
      expect((await overview(as[who])).viewer.mayBreak).toBe(false);
    }
    expect(counts()).toEqual(before);
  });

  it('answers 400 for a statement that is missing, blank, invisible or too long', async () => {
    const before = counts();
    await expectError(await as.eu.post(`/api/silence/${procedure.id}/break`, {}), 400, 'invalid_input');
    await expectError(await as.eu.post(`/api/silence/${procedure.id}/break`, '{"statement"'), 400, 'invalid_json');
    for (const statement of ['', '   \n ', '\u200B\u2060', 42, 'x'.repeat(5001), 'broken \uD800 surrogate']) {
      await expectError(await breakSilence(as.eu, procedure.id, statement), 400, 'invalid_input');
    }
    expect(counts()).toEqual(before);
  });
});

describe('a silence nobody breaks: the text is adopted and final', () => {
  let procedure: any;
  let op5: { pid: string; text: string };
  let op12: { pid: string };

  beforeAll(async () => {
    procedure = (await overview(as.observer)).current;
    op5 = await paragraph(as.observer, 'OP5');
    op12 = await paragraph(as.observer, 'OP12');
  });

  it('freezes the text while silence runs: open sockets are closed, the pen reconnects read-only, proposals are refused', async () => {
    // On a brief, whose lead agency holds the pen, with a deadline before the compact's.
    const brief = 'gcm-brief-3';
    const issued = await issueRevision(as.iom, 'Final draft', brief);
    const first = await paragraph(as.secretariat, '¶1', brief);
    const penHolder = connectSyncClient(server.url, brief, as.iom.cookie);
    await penHolder.synced;
    const closes: number[] = [];
    penHolder.provider.on('connection-close', (event: CloseEvent | null) => event && closes.push(event.code));
    try {
      const silence = await startSilence(as.iom, { revisionId: issued.id, deadline: at(101).toISOString() }, brief);
      await eventually(() => expect(closes).toContain(4410));
      // The client reconnects (a stock provider stops on a 44xx close; the app's reconnects): read-only now.
      const again = connectSyncClient(server.url, brief, as.iom.cookie);
      await again.synced;
      insertText(again.doc, first.pid, 0, 'UNDER SILENCE ');
      await new Promise((r) => setTimeout(r, 300));
      again.destroy();
      await new Promise((r) => setTimeout(r, 300));
      expect((await paragraph(as.secretariat, '¶1', brief)).text).toBe(first.text);
      const amend = { pid: first.pid, kind: 'amend', text: `${first.text} Late.`, justification: 'Late.' };
      const refused = await expectError(await as.ohchr.post(`/api/documents/${brief}/proposals`, amend), 409, 'conflict');
      expect(refused.message).toBe(
        `Final draft is under silence until ${formatUnDateTime(silence.deadline)}: the text cannot change while the procedure runs.`,
      );
      expect((await as.secretariat.json('GET', `/api/documents/${brief}`)).underSilenceUntil).toBe(silence.deadline);
      server.setClock(silence.deadline);
      await eventually(async () => expect((await overview(as.secretariat, brief)).adoptedAt).toBe(silence.deadline));
      expect((await paragraph(as.secretariat, '¶1', brief)).text).toBe(first.text);
      expect((await overview(as.observer)).current).toMatchObject({ id: procedure.id });
    } finally {
      penHolder.destroy();
    }
  });

  it('ends at the deadline as adopted, seen live without any request, and closes the sockets so they come back read-only', async () => {
    const penHolder = connectSyncClient(server.url, COMPACT, as.cofacilitator.cookie);
    const reader = connectSyncClient(server.url, COMPACT, as.observer.cookie);
    const closes: number[] = [];
    const readerCloses: number[] = [];
    penHolder.provider.on('connection-close', (event: CloseEvent | null) => event && closes.push(event.code));
    reader.provider.on('connection-close', (event: CloseEvent | null) => event && readerCloses.push(event.code));
    await Promise.all([penHolder.synced, reader.synced]);
    try {
      server.setClock(procedure.deadline);
      // No request is made: the server's own check ends the procedure.
      await eventually(
        () =>
          expect(stream.events).toContainEqual(
            expect.objectContaining({
              type: 'silence.ended',
              documentId: COMPACT,
              data: { procedureId: procedure.id, outcome: 'adopted' },
            }),
          ),
        8000,
      );
      await eventually(() => expect(closes).toContain(4410));
      await eventually(() => expect(readerCloses).toContain(4410));
    } finally {
      penHolder.destroy();
      reader.destroy();
    }
    const seen = await overview(as.observer);
    expect(seen).toMatchObject({ current: null, adoptedAt: procedure.deadline });
    expect(seen.past[0]).toMatchObject({ id: procedure.id, outcome: 'adopted', brokenBy: [], statements: [] });
    expect(auditActions(procedure.id)).toEqual(['silence.start', 'silence.end']);
  });

  it('says so in the document: final text, read-only, the adopted revision named', async () => {
    const document = await as.cofacilitator.json('GET', `/api/documents/${COMPACT}`);
    expect(document).toMatchObject({
      status: 'final text',
      adoptedAt: procedure.deadline,
      finalRevisionId: procedure.revision.id,
      canEdit: false,
      canDecide: false,
    });
    expect((await as.eu.json('GET', `/api/documents/${COMPACT}`)).canTable).toBe(false);
    const listed = (await as.observer.json('GET', '/api/documents')).find((d: any) => d.id === COMPACT);
    expect(listed).toMatchObject({ status: 'final text', adoptedAt: procedure.deadline });
    expect((await as.secretariat.json('GET', '/api/documents/gcm-brief-1')).adoptedAt).toBeNull();
  });

  it("refuses a pen-holder's Yjs edit: the socket is read-only and nothing is stored", async () => {
    const before = await paragraphs(as.observer);
    const updates = () => {
      const db = openDatabase(server);
      try {
        return (db.prepare("SELECT count(*) AS n FROM yjs_updates WHERE document_id = 'gcm-compact'").get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    const stored = updates();
    const penHolder = connectSyncClient(server.url, COMPACT, as.cofacilitator.cookie);
    const witness = connectSyncClient(server.url, COMPACT, as.observer.cookie);
    try {
      await Promise.all([penHolder.synced, witness.synced]);
      insertText(penHolder.doc, op5.pid, 0, 'AMENDED AFTER ADOPTION ');
      await new Promise((r) => setTimeout(r, 500));
      expect(await paragraphs(as.observer)).toEqual(before);
      expect(updates()).toBe(stored);
      expect(blocks(witness.doc).map(blockText).join('\n')).not.toContain('AMENDED AFTER ADOPTION');
    } finally {
      penHolder.destroy();
      witness.destroy();
    }
  });

  it('refuses proposals, decisions, revisions and a new silence with 409', async () => {
    const final = `The text was adopted on ${formatUnDateTime(procedure.deadline)} and is final.`;
    const amend = { pid: op5.pid, kind: 'amend', text: `${op5.text} Adopted.`, justification: 'Late.' };
    expect((await expectError(await as.eu.post(`/api/documents/${COMPACT}/proposals`, amend), 409, 'conflict')).message).toBe(final);
    expect((await expectError(await as.cofacilitator.post(`/api/proposals/${tabledBefore.id}/accept`), 409, 'conflict')).message).toBe(
      final,
    );
    expect((await expectError(await as.canada.post(`/api/proposals/${tabledBefore.id}/support`), 409, 'conflict')).message).toBe(final);
    expect((await expectError(await as.cofacilitator.post(`/api/proposals/${rejectedBefore.id}/reopen`), 409, 'conflict')).message).toBe(
      final,
    );
    expect((await as.cofacilitator.json('GET', `/api/proposals/${rejectedBefore.id}`)).viewer.canReopen).toBe(false);
    const shown = await as.cofacilitator.json('GET', `/api/proposals/${tabledBefore.id}`);
    expect(shown).toMatchObject({ status: 'tabled', viewer: { canDecide: false, canWithdraw: false, canTakePosition: false } });
    const before = counts();
    expect(
      (await expectError(await as.cofacilitator.post(silencePath(), { revisionId: procedure.revision.id }), 409, 'conflict')).message,
    ).toBe(final);
    expect((await overview(as.cofacilitator)).viewer.mayStart).toBe(false);
    const revision = await as.cofacilitator.post(`/api/documents/${COMPACT}/revisions`, { name: 'Rev.3' });
    expect((await expectError(revision, 409, 'conflict')).message).toBe(final);
    expect((await as.observer.json('GET', `/api/documents/${COMPACT}/revisions`)).map((r: any) => r.name)).toEqual([
      'Zero draft',
      'Rev.1',
      'Rev.2',
    ]);
    expect(counts()).toEqual(before);
  });

  it('records explanations of position and reservations by delegations, on paragraphs of the final text', async () => {
    const post = (client: ApiClient, body: unknown) => client.post(`/api/documents/${COMPACT}/position-statements`, body);
    const before = counts();
    for (const who of ['cofacilitator', 'secretariat', 'iom', 'observer'] as const) {
      await expectError(await post(as[who], { kind: 'explanation', pids: [], body: 'Our view.' }), 403, 'forbidden');
    }
    await expectError(await post(as.canada, { kind: 'objection', pids: [], body: 'No.' }), 400, 'invalid_input');
    await expectError(await post(as.canada, { kind: 'reservation', pids: [op5.pid, op5.pid], body: 'Twice.' }), 400, 'invalid_input');
    await expectError(await post(as.canada, { kind: 'reservation', pids: [op5.pid], body: '  ' }), 400, 'invalid_input');
    const unknown = await expectError(await post(as.canada, { kind: 'reservation', pids: [op5.pid, 'no-such-pid'], body: 'On OP5.' }), 400);
    expect(unknown.message).toMatch(/no-such-pid/);
    await expectError(await post(as.canada, '[{'), 400, 'invalid_json');
    expect(counts()).toEqual(before);

    const reservation = await post(as.canada, { kind: 'reservation', pids: [op12.pid, op5.pid], body: 'Canada reserves on OP5 and OP12.' });
    expect(reservation.status).toBe(201);
    expect(await reservation.json()).toMatchObject({
      kind: 'reservation',
      procedureId: procedure.id,
      paragraphs: [
        { pid: op12.pid, number: 'OP12' },
        { pid: op5.pid, number: 'OP5' },
      ],
      stakeholder: { id: 'CAN' },
      body: 'Canada reserves on OP5 and OP12.',
      at: procedure.deadline,
    });
    expect((await post(as.eu, { kind: 'explanation', pids: [], body: 'The EU joins consensus.' })).status).toBe(201);
    const listed = await as.observer.json('GET', `/api/documents/${COMPACT}/position-statements`);
    expect(listed.map((s: any) => [s.stakeholder.shortName, s.kind, s.paragraphs.length])).toEqual([
      ['Canada', 'reservation', 2],
      ['EU', 'explanation', 0],
    ]);
    expect((await overview(as.canada)).viewer.mayRecordPosition).toBe(true);
    expect(counts()).toMatchObject({ positions: before.positions + 2, audit: before.audit + 2 });
    await eventually(() => expect(stream.events.filter((e) => e.type === 'position-statement.recorded')).toHaveLength(2));
  });
});

describe('the record cannot be rewritten', () => {
  it('refuses to change an outcome once written, and to delete a procedure or a statement', () => {
    const db = openDatabase(server, { readonly: false });
    try {
      expect(() => db.prepare("UPDATE silence_procedures SET outcome = 'broken' WHERE outcome = 'adopted'").run()).toThrow(/once/);
      expect(() => db.prepare('DELETE FROM silence_procedures').run()).toThrow(/append-only/);
      expect(() => db.prepare("UPDATE silence_statements SET body = 'rewritten'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM position_statements').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });
});

it('tables proposals as before on a document that was not adopted', async () => {
  const first = await paragraph(as.secretariat, '¶1', 'gcm-brief-1');
  await table(as.iom, { pid: first.pid, kind: 'amend', text: `${first.text} Still open.`, justification: 'Clearer.' }, 'gcm-brief-1');
});
