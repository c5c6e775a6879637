import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefContributionsResponse, contributionMatrixResponse } from '@plenary/shared/api/index';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { decideInput, moveBrief, submitInput } from '../support/technical-inputs.ts';
import { expectError, loginAll, paragraph, type Who } from './proposals-fixtures.ts';

/** The demo: brief 1 (OHCHR, WHO) circulated, brief 2 a draft, brief 3 (IOM, UNITAR) under finalization, brief 6 published. */
const BRIEF_1 = 'gcm-brief-1';
const DRAFT_BRIEF = 'gcm-brief-2';
const BRIEF_3 = 'gcm-brief-3';
const ALL_BRIEFS = [1, 2, 3, 4, 5, 6].map((n) => `gcm-brief-${n}`);

let server: ServerProcess;
let as: Record<Who, ApiClient>;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
});
afterAll(() => server?.stop());

/** Submits an input after the brief's first paragraph. */
async function submit(who: Who, documentId: string, type: string, text: string): Promise<string> {
  return submitInput(as[who], documentId, (await paragraph(as.secretariat, '¶1', documentId)).pid, type, text);
}

const act = (who: Who, inputId: string, action: 'incorporate' | 'decline' | 'withdraw', body: Record<string, unknown> = {}) =>
  decideInput(as[who], inputId, action, body);

const moveStage = (who: Who, documentId: string, stage: string) => moveBrief(as[who], documentId, stage);

async function contributions(who: Who, documentId: string) {
  const response = await as[who].get(`/api/documents/${documentId}/contributions`);
  const body: unknown = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(200);
  return briefContributionsResponse.parse(body);
}

async function matrix(who: Who) {
  const response = await as[who].get('/api/contributions');
  const body: unknown = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(200);
  return contributionMatrixResponse.parse(body);
}

const counts = (c: Partial<Record<'submitted' | 'incorporated' | 'partlyIncorporated' | 'declined' | 'withdrawn', number>>) => {
  const all = { submitted: 0, incorporated: 0, partlyIncorporated: 0, declined: 0, withdrawn: 0, ...c };
  return { ...all, total: Object.values(all).reduce((a, b) => a + b, 0) };
};
const types = (t: Record<string, number>) => ({
  'data-point': 0,
  'policy-recommendation': 0,
  'good-practice': 0,
  correction: 0,
  other: 0,
  ...t,
});

/** The cells that count at least one input, as `agency document total`. */
const cellsWithInputs = (m: Awaited<ReturnType<typeof matrix>>) =>
  m.cells.filter((cell) => cell.counts.total > 0).map((cell) => `${cell.agencyId} ${cell.documentId} ${cell.counts.total}`);

describe('before any input', () => {
  it('lists the co-leads of a brief with nothing, and an empty matrix for the secretariat', async () => {
    const brief = await contributions('ohchr', BRIEF_1);
    expect(brief.agencies.map((a) => [a.agency.id, a.coLead, a.counts.total])).toEqual([
      ['agency-ohchr', true, 0],
      ['agency-who', true, 0],
    ]);
    expect(brief.totals).toEqual(counts({}));
    const m = await matrix('secretariat');
    expect(cellsWithInputs(m)).toEqual([]);
  });
});

describe("one brief's contributions, counted from inputs submitted and decided through the API", () => {
  beforeAll(async () => {
    const taken = await submit('iom', BRIEF_1, 'data-point', 'Some 258 million people lived outside their country of birth in 2017.');
    const edited = await submit(
      'iom',
      BRIEF_1,
      'policy-recommendation',
      'States should provide firewalls between services and enforcement.',
    );
    const refused = await submit('iom', BRIEF_1, 'good-practice', 'Municipal identity cards open services to every resident.');
    await submit('unicef', BRIEF_1, 'correction', 'Children account for one in eight international migrants.');
    const withdrawn = await submit('unicef', BRIEF_1, 'data-point', 'About 31 million children lived outside their country of birth.');
    await act('ohchr', taken, 'incorporate');
    await act('who', edited, 'incorporate', { text: 'States should separate access to services from immigration enforcement.' });
    await act('ohchr', refused, 'decline', { reason: 'Already covered in the section on local government.' });
    await act('unicef', withdrawn, 'withdraw');
  });

  it('counts each agency by outcome and by type, co-leads first, with exact totals', async () => {
    const brief = await contributions('secretariat', BRIEF_1);
    expect(brief.documentId).toBe(BRIEF_1);
    expect(brief.agencies.map((a) => ({ id: a.agency.id, coLead: a.coLead, counts: a.counts, byType: a.byType }))).toEqual([
      { id: 'agency-ohchr', coLead: true, counts: counts({}), byType: types({}) },
      { id: 'agency-who', coLead: true, counts: counts({}), byType: types({}) },
      {
        id: 'agency-iom',
        coLead: false,
        counts: counts({ incorporated: 1, partlyIncorporated: 1, declined: 1 }),
        byType: types({ 'data-point': 1, 'policy-recommendation': 1, 'good-practice': 1 }),
      },
      {
        id: 'agency-unicef',
        coLead: false,
        counts: counts({ submitted: 1, withdrawn: 1 }),
        byType: types({ correction: 1, 'data-point': 1 }),
      },
    ]);
    expect(brief.agencies[2]!.agency).toEqual({ id: 'agency-iom', name: 'International Organization for Migration', shortName: 'IOM' });
    expect(brief.totals).toEqual(counts({ submitted: 1, incorporated: 1, partlyIncorporated: 1, declined: 1, withdrawn: 1 }));
  });

  it('gives the same answer to every agency and the co-facilitators, who read the circulated brief', async () => {
    const expected = await contributions('secretariat', BRIEF_1);
    for (const who of ['ohchr', 'who', 'iom', 'unicef', 'cofacilitator'] as const) {
      expect(await contributions(who, BRIEF_1)).toEqual(expected);
    }
  });

  it('puts the same counts in the matrix, with a cell per co-lead even without inputs', async () => {
    const m = await matrix('secretariat');
    expect(m.briefs.map((b) => [b.documentId, b.briefNumber])).toEqual(ALL_BRIEFS.map((id, i) => [id, i + 1]));
    expect(cellsWithInputs(m)).toEqual([`agency-iom ${BRIEF_1} 3`, `agency-unicef ${BRIEF_1} 2`]);
    const cell = (agencyId: string, documentId: string) => m.cells.find((c) => c.agencyId === agencyId && c.documentId === documentId);
    expect(cell('agency-iom', BRIEF_1)).toEqual({
      agencyId: 'agency-iom',
      documentId: BRIEF_1,
      coLead: false,
      counts: counts({ incorporated: 1, partlyIncorporated: 1, declined: 1 }),
    });
    expect(cell('agency-unicef', BRIEF_1)?.counts).toEqual(counts({ submitted: 1, withdrawn: 1 }));
    expect(cell('agency-ohchr', BRIEF_1)).toEqual({ agencyId: 'agency-ohchr', documentId: BRIEF_1, coLead: true, counts: counts({}) });
    expect(cell('agency-iom', BRIEF_3)?.coLead).toBe(true);
    expect(cell('agency-unitar', BRIEF_3)?.coLead).toBe(true);
    expect(cell('agency-ohchr', BRIEF_3)).toBeUndefined();
  });

  it('has every GMG agency as a row, by short name, whether it contributed or not', async () => {
    const m = await matrix('iom');
    const directory: { id: string; kind: string; shortName: string }[] = await as.secretariat.json('GET', '/api/stakeholders/all');
    const agencies = directory.filter((s) => s.kind === 'agency');
    expect(m.agencies).toHaveLength(22);
    expect(m.agencies.map((a) => a.id).sort()).toEqual(agencies.map((a) => a.id).sort());
    const names = m.agencies.map((a) => a.shortName);
    expect(names).toEqual([...names].sort());
  });
});

describe('who reads which contributions', () => {
  it('refuses the matrix to delegations and observers (403), and to nobody signed in (401)', async () => {
    for (const who of ['eu', 'g77', 'canada', 'observer'] as const) {
      await expectError(await as[who].get('/api/contributions'), 403, 'forbidden');
    }
    expect((await new ApiClient(server.url).get('/api/contributions')).status).toBe(401);
    expect((await new ApiClient(server.url).get(`/api/documents/${BRIEF_1}/contributions`)).status).toBe(401);
  });

  it("hides a brief's contributions from delegations and observers until it is published (404)", async () => {
    for (const who of ['eu', 'observer'] as const) {
      for (const documentId of [BRIEF_1, DRAFT_BRIEF, BRIEF_3]) {
        await expectError(await as[who].get(`/api/documents/${documentId}/contributions`), 404, 'not_found');
      }
    }
  });

  it("hides a draft brief's contributions from other agencies and the co-facilitators (404)", async () => {
    for (const who of ['iom', 'ohchr', 'unicef', 'cofacilitator'] as const) {
      await expectError(await as[who].get(`/api/documents/${DRAFT_BRIEF}/contributions`), 404, 'not_found');
    }
    expect((await contributions('secretariat', DRAFT_BRIEF)).agencies.map((a) => a.agency.id)).toEqual([
      'agency-fao',
      'agency-undp',
      'agency-unhcr',
    ]);
  });

  it('answers 404 for the compact, which takes no inputs, and for an unknown document', async () => {
    const compact = await expectError(await as.secretariat.get('/api/documents/gcm-compact/contributions'), 404, 'not_found');
    expect(compact.message).toMatch(/compact/);
    await expectError(await as.secretariat.get('/api/documents/no-such-brief/contributions'), 404, 'not_found');
  });

  it('shows a draft brief as a column only to its co-leads and the secretariat', async () => {
    expect((await matrix('secretariat')).briefs.map((b) => b.documentId)).toContain(DRAFT_BRIEF);
    for (const who of ['iom', 'ohchr', 'unicef', 'cofacilitator'] as const) {
      const m = await matrix(who);
      expect(m.briefs.map((b) => b.documentId)).not.toContain(DRAFT_BRIEF);
      expect(m.cells.filter((cell) => cell.documentId === DRAFT_BRIEF)).toEqual([]);
    }
  });
});

describe("a brief's inputs through its lifecycle", () => {
  let fromOhchr: string;

  beforeAll(async () => {
    await moveStage('iom', BRIEF_3, 'circulated');
    fromOhchr = await submit('ohchr', BRIEF_3, 'data-point', 'Forty per cent of returnees report no reintegration support.');
    await submit('unicef', BRIEF_3, 'good-practice', 'Best-interests procedures precede any return of a child.');
    await act('iom', fromOhchr, 'incorporate');
    await moveStage('iom', BRIEF_3, 'draft');
  });

  it("takes a brief back to draft out of the other agencies' matrix, cells and all, but not its co-leads'", async () => {
    for (const who of ['ohchr', 'unicef', 'who', 'cofacilitator'] as const) {
      const m = await matrix(who);
      expect(m.briefs.map((b) => b.documentId)).toEqual([BRIEF_1, 'gcm-brief-6']);
      expect(m.cells.some((cell) => cell.documentId === BRIEF_3)).toBe(false);
      await expectError(await as[who].get(`/api/documents/${BRIEF_3}/contributions`), 404, 'not_found');
    }
    for (const who of ['iom', 'secretariat'] as const) {
      const m = await matrix(who);
      expect(m.briefs.map((b) => b.documentId)).toContain(BRIEF_3);
      expect(cellsWithInputs(m)).toEqual([
        `agency-iom ${BRIEF_1} 3`,
        `agency-ohchr ${BRIEF_3} 1`,
        `agency-unicef ${BRIEF_1} 2`,
        `agency-unicef ${BRIEF_3} 1`,
      ]);
    }
  });

  it("opens a published brief's contributions to delegations and observers, never the matrix", async () => {
    await moveStage('iom', BRIEF_3, 'circulated');
    await moveStage('iom', BRIEF_3, 'finalization');
    await moveStage('secretariat', BRIEF_3, 'endorsed');
    for (const who of ['eu', 'observer'] as const) {
      await expectError(await as[who].get(`/api/documents/${BRIEF_3}/contributions`), 404, 'not_found');
    }
    await moveStage('secretariat', BRIEF_3, 'published');
    for (const who of ['eu', 'observer'] as const) {
      const brief = await contributions(who, BRIEF_3);
      expect(brief.agencies.map((a) => [a.agency.shortName, a.coLead, a.counts])).toEqual([
        ['IOM', true, counts({})],
        ['UNITAR', true, counts({})],
        ['OHCHR', false, counts({ incorporated: 1 })],
        ['UNICEF', false, counts({ submitted: 1 })],
      ]);
      expect(brief.totals).toEqual(counts({ incorporated: 1, submitted: 1 }));
      await expectError(await as[who].get('/api/contributions'), 403, 'forbidden');
    }
  });
});
