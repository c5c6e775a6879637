import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { browserUpgradeHeaders, connectSyncClient, eventually } from '../support/sync-client.ts';
import { upgradeRefusal } from '../support/raw-sync-socket.ts';
import { blocks, blockText, insertText } from '../support/yjs-text.ts';
import { expectError, loginAll, openDatabase, openEventStream, paragraph, table, type Who } from './proposals-fixtures.ts';

/** The demo puts brief 1 (OHCHR, WHO) out for comments, brief 3 (IOM, UNITAR) under finalization, brief 6 published. */
const BRIEF_1 = 'gcm-brief-1';
const DRAFT_BRIEF = 'gcm-brief-2';
const BRIEF_3 = 'gcm-brief-3';
const PUBLISHED_BRIEF = 'gcm-brief-6';
const DEADLINE = '2026-12-20T17:00:00.000Z';

let server: ServerProcess;
let as: Record<Who, ApiClient>;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
});
afterAll(() => server?.stop());

const stagePath = (documentId: string) => `/api/documents/${documentId}/stage`;
const moveTo = (who: Who, documentId: string, body: Record<string, unknown>) => as[who].request('PUT', stagePath(documentId), body);

async function moved(who: Who, documentId: string, body: Record<string, unknown>): Promise<any> {
  const response = await moveTo(who, documentId, body);
  if (response.status !== 200) throw new Error(`Move refused: ${response.status} ${await response.text()}`);
  return response.json();
}

async function stageOf(documentId: string): Promise<string> {
  return (await as.secretariat.json('GET', `/api/documents/${documentId}`)).stage;
}

function sql<T>(query: (db: ReturnType<typeof openDatabase>) => T, readonly = true): T {
  const db = openDatabase(server, { readonly });
  try {
    return query(db);
  } finally {
    db.close();
  }
}

const storedUpdates = (documentId: string) =>
  sql((db) => (db.prepare('SELECT count(*) AS n FROM yjs_updates WHERE document_id = ?').get(documentId) as { n: number }).n);

const settle = () => new Promise((r) => setTimeout(r, 400));

/** The per-document reads whose answer must not reveal a brief the caller may not see. */
const DOCUMENT_READS = [
  '',
  '/proposals',
  '/threads',
  '/revisions',
  '/statuses',
  '/audit',
  '/silence',
  '/stage-history',
  '/position-statements',
];

async function expectHidden(who: Who, documentId: string): Promise<void> {
  for (const read of DOCUMENT_READS) {
    const response = await as[who].request('GET', `/api/documents/${documentId}${read}`);
    expect({ read, status: response.status }).toEqual({ read, status: 404 });
  }
  const pid = (await paragraph(as.secretariat, '¶1', documentId)).pid;
  expect((await as[who].request('GET', `/api/documents/${documentId}/paragraphs/${pid}/attribution`)).status).toBe(404);
  expect((await as[who].request('GET', `/api/documents/${documentId}/paragraphs/${pid}/history`)).status).toBe(404);
  const url = `${server.url.replace(/^http/, 'ws')}/sync/${documentId}`;
  expect(await upgradeRefusal(url, browserUpgradeHeaders(server.url, as[who].cookie))).toBe(404);
  const listed = (await as[who].json('GET', '/api/documents')).map((d: any) => d.id);
  expect(listed).not.toContain(documentId);
}

describe('the stage in the document JSON', () => {
  it('carries each brief stage and the inputs deadline; the compact has none and keeps its status', async () => {
    const listed = await as.secretariat.json('GET', '/api/documents');
    const byId = Object.fromEntries(listed.map((d: any) => [d.id, d]));
    expect(byId['gcm-compact']).toMatchObject({ stage: null, inputsDeadline: null, status: 'Zero draft' });
    expect(byId[BRIEF_1]).toMatchObject({ stage: 'circulated', inputsDeadline: DEADLINE });
    expect(byId[BRIEF_3]).toMatchObject({ stage: 'finalization', inputsDeadline: null });
    expect(byId[DRAFT_BRIEF].stage).toBe('draft');
    expect(byId[PUBLISHED_BRIEF].stage).toBe('published');
    expect((await as.ohchr.json('GET', `/api/documents/${BRIEF_1}`)).stage).toBe('circulated');
  });
});

describe('who sees a brief in each stage', () => {
  it('hides a draft from delegations, observers, other agencies and the co-facilitators on every path', async () => {
    for (const who of ['eu', 'observer', 'iom', 'cofacilitator'] as const) await expectHidden(who, DRAFT_BRIEF);
  });

  it('hides a circulated or finalised brief from delegations and observers, shows it to other agencies', async () => {
    for (const who of ['eu', 'canada', 'observer'] as const) {
      await expectHidden(who, BRIEF_1);
      await expectHidden(who, BRIEF_3);
    }
    expect((await as.iom.json('GET', `/api/documents/${BRIEF_1}`)).stage).toBe('circulated');
    expect((await as.ohchr.json('GET', `/api/documents/${BRIEF_3}`)).stage).toBe('finalization');
    expect((await as.cofacilitator.json('GET', `/api/documents/${BRIEF_1}`)).stage).toBe('circulated');
  });

  it('lists for a delegate and an observer the compact and the published brief only', async () => {
    for (const who of ['eu', 'observer'] as const) {
      expect((await as[who].json('GET', '/api/documents')).map((d: any) => d.id)).toEqual(['gcm-compact', PUBLISHED_BRIEF]);
      expect((await as[who].json('GET', `/api/documents/${PUBLISHED_BRIEF}`)).canEdit).toBe(false);
    }
  });
});

describe('refused moves', () => {
  it('refuses malformed input with 400 and an unknown document with 404', async () => {
    for (const body of [
      {},
      { stage: 'circulated for comments' },
      { stage: 'under finalization' },
      { stage: 'draft', extra: 1 },
      { stage: 'circulated', inputsDeadline: 'next Friday' },
      { stage: 'draft', inputsDeadline: DEADLINE },
    ]) {
      await expectError(await moveTo('ohchr', BRIEF_1, body), 400);
    }
    await expectError(await moveTo('ohchr', 'gcm-brief-99', { stage: 'draft' }), 404, 'not_found');
  });

  it('says the compact has no stage', async () => {
    const error = await expectError(await moveTo('secretariat', 'gcm-compact', { stage: 'published' }), 409, 'conflict');
    expect(error.message).toMatch(/Only an issue brief has a stage/);
    await expectError(await as.secretariat.request('GET', '/api/documents/gcm-compact/stage-history'), 409, 'conflict');
  });

  it('refuses whoever is not a co-lead with 403, and 404 to whoever may not see the brief', async () => {
    for (const who of ['iom', 'cofacilitator'] as const)
      await expectError(await moveTo(who, BRIEF_1, { stage: 'finalization' }), 403, 'forbidden');
    await expectError(await moveTo('eu', PUBLISHED_BRIEF, { stage: 'endorsed' }), 403, 'forbidden');
    await expectError(await moveTo('eu', BRIEF_1, { stage: 'finalization' }), 404, 'not_found');
    await expectError(await moveTo('iom', DRAFT_BRIEF, { stage: 'circulated' }), 404, 'not_found');
  });

  it('refuses a move the stage does not make with 409, naming both stages', async () => {
    const skip = await expectError(await moveTo('ohchr', BRIEF_1, { stage: 'endorsed' }), 409, 'conflict');
    expect(skip.message).toBe('A brief does not move from "Circulated for comments" to "Endorsed".');
    await expectError(await moveTo('ohchr', BRIEF_1, { stage: 'circulated' }), 409, 'conflict');
    await expectError(await moveTo('secretariat', PUBLISHED_BRIEF, { stage: 'draft' }), 409, 'conflict');
  });

  it('stored nothing for any refusal', async () => {
    expect(await stageOf(BRIEF_1)).toBe('circulated');
    expect(await as.secretariat.json('GET', `/api/documents/${BRIEF_1}/stage-history`)).toEqual([]);
    expect(sql((db) => db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'brief.stage'").get().n)).toBe(0);
  });
});

describe('the lifecycle of brief 1', () => {
  it('goes back to draft and out again with a deadline, moved by its co-lead; the draft disappears from other agencies', async () => {
    const draft = await moved('ohchr', BRIEF_1, { stage: 'draft' });
    expect(draft).toMatchObject({ id: BRIEF_1, stage: 'draft', inputsDeadline: null, canEdit: true });
    await expectHidden('iom', BRIEF_1);
    const circulated = await moved('ohchr', BRIEF_1, { stage: 'circulated', inputsDeadline: '2026-12-20T18:00:00+01:00' });
    expect(circulated).toMatchObject({ stage: 'circulated', inputsDeadline: '2026-12-20T18:00:00+01:00', canEdit: false });
    expect((await as.iom.json('GET', `/api/documents/${BRIEF_1}`)).stage).toBe('circulated');
  });

  it('is finalised by its co-lead, endorsed and published by the secretariat only', async () => {
    await moved('ohchr', BRIEF_1, { stage: 'finalization' });
    const endorse = await expectError(await moveTo('ohchr', BRIEF_1, { stage: 'endorsed' }), 403, 'forbidden');
    expect(endorse.message).toMatch(/Only the secretariat/);
    expect(await moved('secretariat', BRIEF_1, { stage: 'endorsed' })).toMatchObject({ stage: 'endorsed', canEdit: false });
    await expectError(await moveTo('ohchr', BRIEF_1, { stage: 'published' }), 403, 'forbidden');
    await expectError(await moveTo('ohchr', BRIEF_1, { stage: 'finalization' }), 409, 'conflict');
    await expectHidden('eu', BRIEF_1);
    const stream = await openEventStream(server, as.eu);
    try {
      await moved('secretariat', BRIEF_1, { stage: 'published' });
      await eventually(() =>
        expect(stream.events).toContainEqual(
          expect.objectContaining({ type: 'document.stage-changed', documentId: BRIEF_1, data: { stage: 'published' } }),
        ),
      );
    } finally {
      stream.close();
    }
  });

  it('is then read by delegations and observers, read-only for everyone', async () => {
    for (const who of ['eu', 'observer'] as const) {
      const brief = await as[who].json('GET', `/api/documents/${BRIEF_1}`);
      expect(brief).toMatchObject({ stage: 'published', canEdit: false, canTable: false });
      expect((await as[who].json('GET', '/api/documents')).map((d: any) => d.id)).toContain(BRIEF_1);
    }
    expect((await as.ohchr.json('GET', `/api/documents/${BRIEF_1}`)).canEdit).toBe(false);
    const first = await paragraph(as.observer, '¶1', BRIEF_1);
    const amend = { pid: first.pid, kind: 'amend', text: `${first.text} Late.`, justification: 'Late.' };
    const refused = await expectError(await as.iom.post(`/api/documents/${BRIEF_1}/proposals`, amend), 409, 'conflict');
    expect(refused.message).toMatch(/published: its text and its proposals are read-only/);
    await expectError(await as.ohchr.post(`/api/documents/${BRIEF_1}/revisions`, { name: 'Too late' }), 409, 'conflict');
  });

  it('keeps every move with who, in what capacity and when, and an audit row for each', async () => {
    const history = await as.ohchr.json('GET', `/api/documents/${BRIEF_1}/stage-history`);
    expect(history.map((h: any) => [h.from, h.to, h.stakeholderId, h.role])).toEqual([
      ['circulated', 'draft', 'agency-ohchr', 'agency-lead'],
      ['draft', 'circulated', 'agency-ohchr', 'agency-lead'],
      ['circulated', 'finalization', 'agency-ohchr', 'agency-lead'],
      ['finalization', 'endorsed', 'secretariat', 'secretariat'],
      ['endorsed', 'published', 'secretariat', 'secretariat'],
    ]);
    expect(history[0]).toMatchObject({ userName: 'Kwame Mensah', stakeholder: expect.stringMatching(/Human Rights/) });
    expect(history.map((h: any) => h.inputsDeadline)).toEqual([null, '2026-12-20T18:00:00+01:00', null, null, null]);
    for (const h of history) expect(Date.parse(h.at)).not.toBeNaN();
    const audited = sql((db) =>
      db.prepare("SELECT role, details FROM audit_log WHERE action = 'brief.stage' AND document_id = ? ORDER BY id").all(BRIEF_1),
    );
    expect(audited.map((row: any) => [row.role, JSON.parse(row.details).to])).toEqual([
      ['agency-lead', 'draft'],
      ['agency-lead', 'circulated'],
      ['agency-lead', 'finalization'],
      ['secretariat', 'endorsed'],
      ['secretariat', 'published'],
    ]);
  });

  it('refuses any rewrite of the stage history from raw SQL', () => {
    const attempts = [
      "UPDATE brief_stage_changes SET to_stage = 'draft'",
      'DELETE FROM brief_stage_changes',
      `INSERT OR REPLACE INTO brief_stage_changes (id, document_id, from_stage, to_stage, user_id, stakeholder_id, role, created_at)
         SELECT id, document_id, 'draft', 'published', user_id, stakeholder_id, role, created_at FROM brief_stage_changes LIMIT 1`,
    ];
    for (const attempt of attempts) expect(() => sql((db) => db.prepare(attempt).run(), false)).toThrow(/append-only/);
    expect(sql((db) => db.prepare('SELECT count(*) AS n FROM brief_stage_changes').get().n)).toBe(5);
  });
});

describe('what each stage allows on the socket and for proposals (brief 3, led by IOM)', () => {
  it('takes a co-lead agency write under finalization and ignores a non-lead agency', async () => {
    const first = await paragraph(as.secretariat, '¶1', BRIEF_3);
    const lead = connectSyncClient(server.url, BRIEF_3, as.iom.cookie);
    const other = connectSyncClient(server.url, BRIEF_3, as.ohchr.cookie);
    try {
      await Promise.all([lead.synced, other.synced]);
      insertText(other.doc, first.pid, 0, 'NOT A LEAD ');
      insertText(lead.doc, first.pid, 0, 'FINALISED ');
      await eventually(async () => expect((await paragraph(as.secretariat, '¶1', BRIEF_3)).text).toBe(`FINALISED ${first.text}`));
      await settle();
      expect((await paragraph(as.secretariat, '¶1', BRIEF_3)).text).not.toContain('NOT A LEAD');
    } finally {
      lead.destroy();
      other.destroy();
    }
  });

  it('refuses proposals under finalization with 409', async () => {
    const first = await paragraph(as.secretariat, '¶1', BRIEF_3);
    const amend = { pid: first.pid, kind: 'amend', text: `${first.text} More.`, justification: 'Clearer.' };
    const refused = await expectError(await as.ohchr.post(`/api/documents/${BRIEF_3}/proposals`, amend), 409, 'conflict');
    expect(refused.message).toBe('Proposals on a brief are tabled while it is circulated for comments; it is under finalization.');
  });

  it('closes the writable socket on circulation; the co-lead then reads only, its raw writes and every other agency ignored', async () => {
    const first = await paragraph(as.secretariat, '¶1', BRIEF_3);
    const penHolder = connectSyncClient(server.url, BRIEF_3, as.iom.cookie);
    await penHolder.synced;
    const closes: number[] = [];
    penHolder.provider.on('connection-close', (event: CloseEvent | null) => event && closes.push(event.code));
    try {
      await moved('iom', BRIEF_3, { stage: 'circulated' });
      await eventually(() => expect(closes).toContain(4410));
    } finally {
      penHolder.destroy();
    }
    const stored = storedUpdates(BRIEF_3);
    const lead = connectSyncClient(server.url, BRIEF_3, as.iom.cookie);
    const other = connectSyncClient(server.url, BRIEF_3, as.ohchr.cookie);
    const secretariat = connectSyncClient(server.url, BRIEF_3, as.secretariat.cookie);
    try {
      await Promise.all([lead.synced, other.synced, secretariat.synced]);
      insertText(lead.doc, first.pid, 0, 'CIRCULATED LEAD ');
      insertText(other.doc, first.pid, 0, 'CIRCULATED OTHER ');
      insertText(secretariat.doc, first.pid, 0, 'CIRCULATED SECRETARIAT ');
      await settle();
      expect((await paragraph(as.secretariat, '¶1', BRIEF_3)).text).toBe(first.text);
      expect(storedUpdates(BRIEF_3)).toBe(stored);
    } finally {
      lead.destroy();
      other.destroy();
      secretariat.destroy();
    }
    // Out for comments, another agency tables its proposal.
    await table(as.ohchr, { pid: first.pid, kind: 'amend', text: `${first.text} From OHCHR.`, justification: 'Evidence.' }, BRIEF_3);
  });

  it('gives the pen back in draft, where only the co-leads and the secretariat see the brief', async () => {
    const stream = await openEventStream(server, as.canada);
    try {
      await moved('iom', BRIEF_3, { stage: 'draft' });
      await expectHidden('ohchr', BRIEF_3);
      const first = await paragraph(as.secretariat, '¶1', BRIEF_3);
      const lead = connectSyncClient(server.url, BRIEF_3, as.iom.cookie);
      try {
        await lead.synced;
        insertText(lead.doc, first.pid, 0, 'DRAFTED ');
        await eventually(async () => expect((await paragraph(as.secretariat, '¶1', BRIEF_3)).text).toBe(`DRAFTED ${first.text}`));
        expect(blocks(lead.doc).map(blockText).join('\n')).toContain('DRAFTED');
      } finally {
        lead.destroy();
      }
      await settle();
      // A delegation hears nothing of a brief it may not see.
      expect(stream.events.filter((e) => e.documentId === BRIEF_3)).toEqual([]);
    } finally {
      stream.close();
    }
  });
});
