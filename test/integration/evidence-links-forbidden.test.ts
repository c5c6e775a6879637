import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { COMPACT, createOtherProcessCompact, expectError, loginAll, openDatabase, paragraph, type Who } from './proposals-fixtures.ts';
import { inputBody, submit } from './inputs-fixtures.ts';
import { BRIEF_1, BRIEF_3, DRAFT_BRIEF, PUBLISHED_BRIEF, link, linksOf, linksPath } from './evidence-links-fixtures.ts';

let server: ServerProcess;
let as: Record<Who, ApiClient>;
let op5: string;
let op6: string;
let published: string;
let circulated: string;
let finalization: string;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
  op5 = (await paragraph(as.cofacilitator, 'OP5')).pid;
  op6 = (await paragraph(as.cofacilitator, 'OP6')).pid;
  published = (await paragraph(as.cofacilitator, '¶1', PUBLISHED_BRIEF)).pid;
  circulated = (await paragraph(as.cofacilitator, '¶1', BRIEF_1)).pid;
  finalization = (await paragraph(as.iom, '¶1', BRIEF_3)).pid;
});
afterAll(() => server?.stop());

function sql<T>(query: (db: ReturnType<typeof openDatabase>) => T, readonly = true): T {
  const db = openDatabase(server, { readonly });
  try {
    return query(db);
  } finally {
    db.close();
  }
}

const storedLinks = () => sql((db) => (db.prepare('SELECT count(*) AS n FROM evidence_links').get() as { n: number }).n);

/** Asserts the refusal and that nothing was stored. */
async function refused(response: Promise<Response>, status: number, code?: string) {
  const before = storedLinks();
  const error = await expectError(await response, status, code);
  expect(storedLinks()).toBe(before);
  return error;
}

const fromCompact = (who: Who, body: Record<string, unknown>, pid = op5) => as[who].post(linksPath(COMPACT, pid), body);

describe('who may link', () => {
  it('refuses delegations, observers and agencies that do not lead the brief', async () => {
    for (const who of ['eu', 'canada', 'observer'] as const) {
      await refused(fromCompact(who, { documentId: PUBLISHED_BRIEF, pid: published }), 403, 'forbidden');
    }
    // An agency contributor reads brief 1 (circulated) but leads nothing.
    await refused(fromCompact('unicef', { documentId: BRIEF_1, pid: circulated }), 403, 'forbidden');
    // IOM leads brief 3, not brief 1: from neither side may it link brief 1.
    await refused(fromCompact('iom', { documentId: BRIEF_1, pid: circulated }), 403, 'forbidden');
    await refused(as.iom.post(linksPath(BRIEF_1, circulated), { documentId: COMPACT, pid: op5 }), 403, 'forbidden');
    await refused(as.eu.post(linksPath(PUBLISHED_BRIEF, published), { documentId: COMPACT, pid: op5 }), 403, 'forbidden');
  });

  it("lets a co-lead name its own brief from the compact's side", async () => {
    const created = await link(as.iom, op5, BRIEF_3, finalization);
    expect(created.brief.documentId).toBe(BRIEF_3);
  });

  it('answers 404 for a document the caller may not read, without saying which briefs exist', async () => {
    // Delegations do not see a brief before it is published: naming one is like naming nothing.
    const hidden = await refused(fromCompact('eu', { documentId: BRIEF_1, pid: circulated }), 404, 'not_found');
    const unknown = await refused(fromCompact('eu', { documentId: 'gcm-brief-99', pid: circulated }), 404, 'not_found');
    expect(hidden.message.replace(BRIEF_1, 'X')).toBe(unknown.message.replace('gcm-brief-99', 'X'));
    await refused(as.eu.post(linksPath(BRIEF_1, circulated), { documentId: COMPACT, pid: op5 }), 404, 'not_found');
    // A draft is its co-leads' and the secretariat's: not even the co-facilitators see it.
    const draft = (await paragraph(as.secretariat, '¶1', DRAFT_BRIEF)).pid;
    await refused(fromCompact('cofacilitator', { documentId: DRAFT_BRIEF, pid: draft }), 404, 'not_found');
    await refused(as.cofacilitator.get(linksPath(DRAFT_BRIEF, draft)), 404, 'not_found');
    createOtherProcessCompact(server);
    await refused(
      as.cofacilitator.post(linksPath(PUBLISHED_BRIEF, published), { documentId: 'other-compact', pid: 'x' }),
      404,
      'not_found',
    );
    await refused(as.cofacilitator.get('/api/documents/nope/links'), 404, 'not_found');
  });
});

describe('what may be linked', () => {
  it('refuses two compact paragraphs, or two brief paragraphs', async () => {
    const compacts = await refused(fromCompact('cofacilitator', { documentId: COMPACT, pid: op6 }), 400, 'bad_request');
    expect(compacts.message).toMatch(/compact to a paragraph of an issue brief/);
    const briefs = await refused(
      as.secretariat.post(linksPath(BRIEF_1, circulated), { documentId: PUBLISHED_BRIEF, pid: published }),
      400,
      'bad_request',
    );
    expect(briefs.message).toMatch(/briefs/);
  });

  it("refuses a paragraph that is not in its document's current text, naming which", async () => {
    const wrongBrief = await refused(fromCompact('cofacilitator', { documentId: PUBLISHED_BRIEF, pid: 'no-such-pid' }), 400, 'bad_request');
    expect(wrongBrief.message).toMatch(/"no-such-pid" is not in the current text of Issue brief 6/);
    const wrongCompact = await refused(fromCompact('cofacilitator', { documentId: PUBLISHED_BRIEF, pid: published }, 'nope'), 400);
    expect(wrongCompact.message).toMatch(/"nope" is not in the current text of Global Compact/);
    // A brief paragraph named as if it were the compact's.
    const crossed = await refused(fromCompact('cofacilitator', { documentId: PUBLISHED_BRIEF, pid: op6 }), 400);
    expect(crossed.message).toContain(op6);
  });

  it('refuses malformed bodies with a clear message', async () => {
    const missing = await refused(fromCompact('cofacilitator', { documentId: PUBLISHED_BRIEF }), 400, 'invalid_input');
    expect(missing.message).toMatch(/pid/);
    await refused(fromCompact('cofacilitator', { documentId: '', pid: published }), 400, 'invalid_input');
    await refused(fromCompact('cofacilitator', { documentId: PUBLISHED_BRIEF, pid: published, extra: 1 }), 400, 'invalid_input');
    await refused(fromCompact('cofacilitator', { documentId: PUBLISHED_BRIEF, pid: 'x'.repeat(65) }), 400, 'invalid_input');
    const raw = await as.cofacilitator.request('POST', linksPath(COMPACT, op5), 'not json', { 'content-type': 'application/json' });
    expect(raw.status).toBe(400);
  });

  it('refuses an input that is not of that brief, not incorporated, or not in that paragraph', async () => {
    const second = (await paragraph(as.ohchr, '¶2', BRIEF_1)).pid;
    const submitted = (await submit(as.unicef, BRIEF_1, inputBody(circulated))).id as string;
    const declined = (await submit(as.unicef, BRIEF_1, inputBody(circulated))).id as string;
    expect((await as.ohchr.post(`/api/inputs/${declined}/decline`, { reason: 'Out of scope.' })).status).toBe(200);
    const withdrawn = (await submit(as.unicef, BRIEF_1, inputBody(circulated))).id as string;
    expect((await as.unicef.post(`/api/inputs/${withdrawn}/withdraw`, {})).status).toBe(200);
    const taken = (await submit(as.unicef, BRIEF_1, inputBody(circulated))).id as string;
    const decided = await as.ohchr.json('POST', `/api/inputs/${taken}/incorporate`, {});
    const resultPid = decided.decision.resultPid as string;

    const body = (inputId: string, pid = resultPid, documentId = BRIEF_1) => ({ documentId, pid, inputId });
    expect((await refused(fromCompact('ohchr', body('no-such-input')), 400, 'bad_request')).message).toMatch(
      /not an input to Issue brief 1/,
    );
    await refused(fromCompact('cofacilitator', body(taken, published, PUBLISHED_BRIEF)), 400, 'bad_request');
    expect((await refused(fromCompact('ohchr', body(submitted)), 409, 'conflict')).message).toMatch(/not been decided/);
    expect((await refused(fromCompact('ohchr', body(declined)), 409, 'conflict')).message).toMatch(/declined/);
    expect((await refused(fromCompact('ohchr', body(withdrawn)), 409, 'conflict')).message).toMatch(/withdrawn/);
    const elsewhere = resultPid === second ? circulated : second;
    expect((await refused(fromCompact('ohchr', body(taken, elsewhere)), 400, 'bad_request')).message).toMatch(/not in paragraph/);
    const cited = await link(as.ohchr, op6, BRIEF_1, resultPid, taken);
    expect(cited.input.id).toBe(taken);
  });
});

describe('twice', () => {
  it('refuses the same live link twice, from either side', async () => {
    const first = await link(as.cofacilitator, op6, PUBLISHED_BRIEF, published);
    await refused(fromCompact('secretariat', { documentId: PUBLISHED_BRIEF, pid: published }, op6), 409, 'conflict');
    await refused(as.cofacilitator.post(linksPath(PUBLISHED_BRIEF, published), { documentId: COMPACT, pid: op6 }), 409, 'conflict');
    expect((await linksOf(as.eu, COMPACT, op6)).filter((l) => l.id === first.id)).toHaveLength(1);
  });
});

describe('who may remove a link', () => {
  it('refuses those who may not create it, hides what they may not read, and refuses a second removal', async () => {
    const toPublished = await link(as.cofacilitator, op5, PUBLISHED_BRIEF, published);
    const toCirculated = await link(as.cofacilitator, op5, BRIEF_1, circulated);
    const remove = (who: Who, id: string) => as[who].request('DELETE', `/api/links/${id}`);
    await refused(remove('eu', toPublished.id), 403, 'forbidden');
    await refused(remove('observer', toPublished.id), 403, 'forbidden');
    await refused(remove('unicef', toCirculated.id), 403, 'forbidden');
    await refused(remove('iom', toCirculated.id), 403, 'forbidden');
    await refused(remove('eu', toCirculated.id), 404, 'not_found');
    await refused(remove('cofacilitator', 'no-such-link'), 404, 'not_found');
    expect(sql((db) => db.prepare('SELECT removed_at FROM evidence_links WHERE id = ?').get(toCirculated.id))).toEqual({
      removed_at: null,
    });

    // A co-lead of the brief removes a link the co-facilitators made to it.
    expect((await remove('ohchr', toCirculated.id)).status).toBe(200);
    const again = await expectError(await remove('cofacilitator', toCirculated.id), 409, 'conflict');
    expect(again.message).toMatch(/already removed/);
    expect((await remove('cofacilitator', toPublished.id)).status).toBe(200);
  });
});
