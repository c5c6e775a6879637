import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompareResponse, ComparedBlockResponse } from '@plenary/shared/api/index';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { connectSyncClient, eventually } from '../support/sync-client.ts';
import { blocks, blockText, findBlock, insertText } from '../support/yjs-text.ts';
import {
  COMPACT,
  createOtherProcessCompact,
  expectError,
  loginAll,
  openDatabase,
  paragraph,
  paragraphs,
  table,
  type Paragraph,
  type Who,
} from './proposals-fixtures.ts';

const ENV = { COMPACTION_INTERVAL_MS: '200' };

let server: ServerProcess;
let as: Record<Who, ApiClient>;

beforeAll(async () => {
  server = await startServerProcess({ env: ENV });
  as = await loginAll(server);
});
afterAll(() => server?.stop());

const comparePath = (query: string, documentId = COMPACT) => `/api/documents/${documentId}/compare?${query}`;

async function issue(name: string, documentId = COMPACT, who: Who = 'cofacilitator'): Promise<{ id: string; name: string }> {
  const response = await as[who].post(`/api/documents/${documentId}/revisions`, { name });
  if (response.status !== 201) throw new Error(`Issuing failed: ${response.status} ${await response.text()}`);
  return response.json();
}

async function accept(proposalId: string): Promise<void> {
  const response = await as.cofacilitator.post(`/api/proposals/${proposalId}/accept`, {});
  if (response.status !== 200) throw new Error(`Accepting failed: ${response.status} ${await response.text()}`);
}

async function compare(query: string, who: Who = 'observer'): Promise<CompareResponse> {
  return as[who].json('GET', comparePath(query));
}

/** What changed, block by block: the change, the numbers, and each inserted or deleted stretch with its origin. */
function changesOf(blocks: ComparedBlockResponse[]) {
  return blocks
    .filter((block) => block.change !== 'unchanged')
    .map((block) => ({
      pid: block.pid,
      change: block.change,
      fromNumber: block.fromNumber,
      toNumber: block.toNumber,
      by: block.attribution && origin(block.attribution),
      segments: block.segments
        .filter((s) => s.op !== 'equal')
        .map((s) => `${s.op}:${s.text}:${s.attribution ? origin(s.attribution) : '?'}`),
    }));
}

function origin(attribution: NonNullable<ComparedBlockResponse['attribution']>): string {
  if (attribution.kind === 'proposal') return `${attribution.stakeholder}, as accepted`;
  if (attribution.kind === 'input') return `${attribution.label}, incorporated`;
  return `${attribution.userName}, ${attribution.role} (${attribution.stakeholder})`;
}

function longestWord(text: string): string {
  return text.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
}

describe('comparing texts of a document', () => {
  let zeroDraft: { id: string; name: string };
  let rev1: { id: string; name: string };
  let draft: Paragraph[];
  let before: Record<string, Paragraph>;
  let expected: ReturnType<typeof changesOf>;
  let full: CompareResponse;
  let euProposal: { id: string };

  it('shows exactly the edits made since a revision, each attributed to the proposal or the pen-holder it came from', async () => {
    zeroDraft = await issue('Zero draft');
    draft = await paragraphs(as.observer);
    before = Object.fromEntries(draft.map((p) => [p.number, p]));
    const [op2, op3, op5, op6, op10] = ['OP2', 'OP3', 'OP5', 'OP6', 'OP10'].map((n) => before[n]!);

    // The pen-holders type: Mexico adds words to OP2, Switzerland deletes OP10 (an update that only deletes).
    const mexico = connectSyncClient(server.url, COMPACT, as.cofacilitator.cookie);
    const switzerland = connectSyncClient(server.url, COMPACT, as.cofacilitator2.cookie);
    await Promise.all([mexico.synced, switzerland.synced]);
    insertText(mexico.doc, op2!.pid, op2!.text.length, ' Typed in the room.');
    await eventually(async () => expect((await paragraph(as.observer, 'OP2')).text).toBe(`${op2!.text} Typed in the room.`));
    await eventually(() => expect(blockText(findBlock(switzerland.doc, op2!.pid))).toMatch(/Typed in the room\.$/));
    const fragment = switzerland.doc.getXmlFragment('default');
    fragment.delete(blocks(switzerland.doc).indexOf(findBlock(switzerland.doc, op10!.pid)), 1);
    await eventually(async () => expect((await paragraphs(as.observer)).some((p) => p.pid === op10!.pid)).toBe(false));
    mexico.destroy();
    switzerland.destroy();

    // Accepted proposals: the EU rewords OP3, Canada adds a paragraph after OP5, the G77 deletes OP6.
    const dropped = longestWord(op3!.text);
    euProposal = await table(as.eu, {
      pid: op3!.pid,
      kind: 'amend',
      text: op3!.text.replace(dropped, 'European wording'),
      justification: 'Clearer.',
    });
    const canada = await table(as.canada, {
      pid: op5!.pid,
      kind: 'insert-after',
      text: 'A paragraph Canada brought in.',
      justification: 'Missing.',
    });
    const g77 = await table(as.g77, { pid: op6!.pid, kind: 'delete', justification: 'Redundant.' });
    for (const proposal of [euProposal, canada, g77]) await accept(proposal.id);
    const live = await paragraphs(as.observer);
    const added = live.find((p) => p.text === 'A paragraph Canada brought in.')!;

    full = await compare(`from=${zeroDraft.id}&to=live`);
    expect(full.from).toEqual({ id: zeroDraft.id, name: 'Zero draft' });
    expect(full.to).toEqual({ live: true });
    expected = [
      {
        pid: op2!.pid,
        change: 'changed',
        fromNumber: 'OP2',
        toNumber: 'OP2',
        by: undefined,
        segments: [`insert: Typed in the room.:Ana Morales, cofacilitator (Mexico)`],
      },
      {
        pid: op3!.pid,
        change: 'changed',
        fromNumber: 'OP3',
        toNumber: 'OP3',
        by: undefined,
        segments: [`delete:${dropped}:European Union, as accepted`, 'insert:European wording:European Union, as accepted'],
      },
      {
        pid: added.pid,
        change: 'new',
        fromNumber: null,
        toNumber: added.number,
        by: 'Canada, as accepted',
        segments: ['insert:A paragraph Canada brought in.:Canada, as accepted'],
      },
      {
        pid: op6!.pid,
        change: 'deleted',
        fromNumber: 'OP6',
        toNumber: null,
        by: 'Group of 77 and China, as accepted',
        segments: [`delete:${op6!.text}:Group of 77 and China, as accepted`],
      },
      {
        pid: op10!.pid,
        change: 'deleted',
        fromNumber: 'OP10',
        toNumber: null,
        by: 'Lukas Meier, cofacilitator (Switzerland)',
        segments: [`delete:${op10!.text}:Lukas Meier, cofacilitator (Switzerland)`],
      },
    ];
    expect(changesOf(full.blocks)).toEqual(expected);
    // Numbers stay fixed within the reading: the new paragraph is 5bis, the ones after it keep theirs.
    expect(added.number).toBe('OP5bis');
    expect(full.blocks.find((b) => b.fromNumber === 'OP11')?.toNumber).toBe('OP11');

    const eu = full.blocks.find((b) => b.pid === op3!.pid)!.segments.find((s) => s.op === 'insert')!.attribution;
    const db = openDatabase(server);
    const decidedAt = (db.prepare('SELECT decided_at AS at FROM proposals WHERE id = ?').get(euProposal.id) as { at: string }).at;
    db.close();
    expect(eu).toEqual({
      kind: 'proposal',
      proposalId: euProposal.id,
      stakeholderId: 'group-eu',
      stakeholder: 'European Union',
      acceptedAt: decidedAt,
    });
    const typed = full.blocks.find((b) => b.pid === op2!.pid)!.segments.find((s) => s.op === 'insert')!.attribution;
    expect(typed).toMatchObject({
      kind: 'edit',
      userName: 'Ana Morales',
      stakeholderId: 'MEX',
      role: 'cofacilitator',
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });

    // Reading back: the deleted and kept words give the zero draft, the inserted and kept ones the live text.
    const read = (skip: string) => (b: ComparedBlockResponse) =>
      b.segments
        .filter((s) => s.op !== skip)
        .map((s) => s.text)
        .join('');
    const livePids = live.map((p) => p.pid);
    expect(full.blocks.filter((b) => b.pid && livePids.includes(b.pid)).map(read('delete'))).toEqual(live.map((p) => p.text));
    const draftPids = draft.map((p) => p.pid);
    const fromBlocks = full.blocks.filter((b) => b.pid && draftPids.includes(b.pid));
    expect(fromBlocks.map(read('insert'))).toEqual(draft.map((p) => p.text));
  });

  it('filters to the changes of one stakeholder', async () => {
    const eu = await compare(`from=${zeroDraft.id}&to=live&stakeholder=group-eu`);
    expect(eu.blocks.map((b) => b.pid)).toEqual([before.OP3!.pid]);
    const mexico = await compare(`from=${zeroDraft.id}&to=live&stakeholder=MEX`);
    expect(mexico.blocks.map((b) => b.pid)).toEqual([before.OP2!.pid]);
    expect((await compare(`from=${zeroDraft.id}&to=live&stakeholder=FRA`)).blocks).toEqual([]);
  });

  it('gives the same answer after compaction and after a SIGKILL and a restart', async () => {
    await eventually(() => {
      const db = openDatabase(server);
      try {
        const snapshot = db.prepare('SELECT through_update_id AS through FROM yjs_snapshots WHERE document_id = ?').get(COMPACT) as {
          through: number;
        };
        const latest = db.prepare('SELECT max(id) AS id FROM yjs_updates WHERE document_id = ?').get(COMPACT) as { id: number };
        expect(snapshot.through).toBe(latest.id);
      } finally {
        db.close();
      }
    });
    expect(await compare(`from=${zeroDraft.id}&to=live`)).toEqual(full);

    await server.stop('SIGKILL');
    server = await startServerProcess({ dataDir: server.dataDir, env: ENV });
    as = await loginAll(server);
    expect(await compare(`from=${zeroDraft.id}&to=live`, 'canada')).toEqual(full);
  });
  it('matches paragraphs across the renumbering of the next revision', async () => {
    rev1 = await issue('Rev.1');
    const compared = await compare(`from=${zeroDraft.id}&to=${rev1.id}`);
    expect(compared.to).toEqual({ id: rev1.id, name: 'Rev.1' });
    const renumbered = (await paragraphs(as.observer)).find((p) => p.text === 'A paragraph Canada brought in.')!;
    expect(renumbered.number).toBe('OP6');
    expect(changesOf(compared.blocks)).toEqual(expected.map((block) => (block.change === 'new' ? { ...block, toNumber: 'OP6' } : block)));
    // OP11 of the zero draft follows one insertion and two deletions: it is OP10 in Rev.1.
    const op11 = compared.blocks.find((b) => b.fromNumber === 'OP11')!;
    expect({ change: op11.change, toNumber: op11.toNumber }).toEqual({ change: 'unchanged', toNumber: 'OP10' });
    expect(changesOf((await compare(`from=${rev1.id}&to=live`)).blocks)).toEqual([]);
  });

  it('shows a reopened decision as the reopening pen-holder’s change, and no change at all since the zero draft', async () => {
    const op3 = before.OP3!;
    const reopened = await as.cofacilitator.post(`/api/proposals/${euProposal.id}/reopen`, {});
    expect(reopened.status).toBe(200);
    await eventually(async () => expect((await paragraph(as.observer, 'OP3')).text).toBe(op3.text));

    const sinceRev1 = changesOf((await compare(`from=${rev1.id}&to=live`)).blocks);
    expect(sinceRev1).toHaveLength(1);
    expect(sinceRev1[0]).toMatchObject({ pid: op3.pid, change: 'changed' });
    expect(sinceRev1[0]!.segments.map((s) => s.replace(/^(insert|delete):.*:/, '$1:'))).toEqual(
      expect.arrayContaining(['delete:Ana Morales, cofacilitator (Mexico)', 'insert:Ana Morales, cofacilitator (Mexico)']),
    );
    const sinceZeroDraft = changesOf((await compare(`from=${zeroDraft.id}&to=live`)).blocks);
    expect(sinceZeroDraft.map((b) => b.pid)).not.toContain(op3.pid);
  });
});

describe('who may compare, and what is refused', () => {
  let revision: { id: string };

  beforeAll(async () => {
    const listed = await as.observer.json('GET', `/api/documents/${COMPACT}/revisions`);
    revision = listed[0] ?? (await issue('Zero draft'));
  });

  it('answers every reader of the document: delegates, agencies and observers', async () => {
    for (const who of ['eu', 'iom', 'observer', 'secretariat'] as const) {
      expect((await as[who].get(comparePath(`from=${revision.id}&to=live`))).status, who).toBe(200);
    }
  });

  it('answers 401 without a session and 403 for a document of another process', async () => {
    await expectError(await new ApiClient(server.url).get(comparePath(`from=${revision.id}&to=live`)), 401, 'unauthorized');
    createOtherProcessCompact(server);
    await expectError(await as.eu.get(comparePath(`from=${revision.id}&to=live`, 'other-compact')), 403, 'forbidden');
  });

  it('answers 404 for an unknown document, revision or stakeholder, and for a revision of another document', async () => {
    await expectError(await as.eu.get(comparePath(`from=${revision.id}&to=live`, 'no-such-document')), 404, 'not_found');
    await expectError(await as.eu.get(comparePath('from=no-such-revision&to=live')), 404, 'not_found');
    await expectError(await as.eu.get(comparePath(`from=${revision.id}&to=no-such-revision`)), 404, 'not_found');
    await expectError(await as.eu.get(comparePath(`from=${revision.id}&to=live&stakeholder=nobody`)), 404, 'not_found');
    const brief = await issue('Brief draft', 'gcm-brief-3', 'secretariat');
    await expectError(await as.eu.get(comparePath(`from=${brief.id}&to=live`)), 404, 'not_found');
    await expectError(await as.eu.get(comparePath(`from=${revision.id}&to=${brief.id}`)), 404, 'not_found');
  });

  it('answers 400 for a missing, empty or oversized text or stakeholder', async () => {
    for (const query of [
      '',
      'to=live',
      `from=${revision.id}`,
      'from=&to=live',
      `from=${revision.id}&to=%20`,
      `from=${'x'.repeat(101)}&to=live`,
      `from=${revision.id}&to=live&stakeholder=`,
    ]) {
      await expectError(await as.eu.get(comparePath(query)), 400, 'invalid_input');
    }
  });
});
