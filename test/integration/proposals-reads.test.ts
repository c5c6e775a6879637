import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffWords } from '@plenary/shared/diff/index';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { COMPACT, EMAILS, listProposals, loginAll, openDatabase, paragraph, table, type Who } from './proposals-fixtures.ts';

let server: ServerProcess;
let as: Record<Who, ApiClient>;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
});
afterAll(() => server?.stop());

const VIEWERS: Who[] = ['observer', 'eu', 'canada', 'cofacilitator'];

/** The word diff each proposal must be presented with, computed here from its texts. */
function expectedDiff(p: { kind: string; baseText: string; text: string | null }) {
  return (p.kind === 'amend' || p.kind === 'alternative') && p.text !== null ? diffWords(p.baseText, p.text) : null;
}

/**
 * Every way of reading a proposal agrees, for each viewer: the single read, the document's list and the
 * list of its paragraph; and each carries the diff of its current texts.
 */
async function expectConsistentReads(): Promise<any[]> {
  let observed: any[] = [];
  for (const who of VIEWERS) {
    const all = await listProposals(as[who]);
    for (const pid of new Set(all.map((p) => p.pid))) {
      const onPid = await as[who].json('GET', `/api/documents/${COMPACT}/proposals?pid=${encodeURIComponent(pid)}`);
      expect(onPid).toEqual(all.filter((p) => p.pid === pid));
    }
    for (const listed of all) {
      expect(await as[who].json('GET', `/api/proposals/${listed.id}`)).toEqual(listed);
      expect(listed.diff).toEqual(expectedDiff(listed));
    }
    if (who === 'observer') observed = all;
  }
  return observed;
}

describe('reading one proposal, or the proposals of one paragraph', () => {
  it('presents each proposal the same way alone as in the lists, through tabling, acceptance, rebasing and re-tabling', async () => {
    const op3 = await paragraph(as.observer, 'OP3');
    const op6 = await paragraph(as.observer, 'OP6');
    const amend = await table(as.eu, {
      pid: op3.pid,
      kind: 'amend',
      text: op3.text.replace('should ensure', 'shall ensure'),
      cosponsors: ['CAN'],
    });
    const elsewhere = await table(as.g77, { pid: op3.pid, kind: 'amend', text: op3.text.replace('basic services', 'essential services') });
    const sameWords = await table(as.canada, {
      pid: op3.pid,
      kind: 'amend',
      text: op3.text.replace('should ensure', 'are encouraged to ensure'),
    });
    const alt = await table(as.g77, { pid: op3.pid, kind: 'alternative', text: `${op3.text} Without discrimination.` });
    const bis = await table(as.canada, { pid: op3.pid, kind: 'insert-after', text: 'We commit to regular reviews.' });
    const ter = await table(as.eu, { pid: op3.pid, kind: 'insert-after', text: 'We commit to regional cooperation.' });
    const alt2 = await table(as.canada, { pid: op3.pid, kind: 'alternative', text: 'Member States shall ensure access to services.' });
    const deletion = await table(as.eu, { pid: op3.pid, kind: 'delete', justification: 'Covered by OP4.' });
    const op6bis = await table(as.g77, { pid: op6.pid, kind: 'insert-after', text: 'We commit to share data.' });
    // The single answers of tabling carry the labels of the whole document's numbering.
    expect([amend, alt, bis, ter, alt2, deletion, op6bis].map((p) => p.paragraphLabel)).toEqual([
      'OP3',
      '3alt',
      '3bis',
      '3ter',
      '3alt2',
      'OP3',
      '6bis',
    ]);
    await as.canada.json('POST', `/api/proposals/${amend.id}/cosponsorship/confirm`, {});
    await as.g77.json('POST', `/api/proposals/${amend.id}/oppose`, { reason: 'Too strong' });
    await expectConsistentReads();

    await as.cofacilitator.json('POST', `/api/proposals/${amend.id}/accept`, { overObjections: true });
    const afterAccept = await expectConsistentReads();
    const byId = new Map(afterAccept.map((p) => [p.id, p]));
    const accepted = op3.text.replace('should ensure', 'shall ensure');
    // The competing amendment now reads against the new text, and its stored diff with it.
    expect(byId.get(elsewhere.id)).toMatchObject({
      outdated: false,
      baseText: accepted,
      text: accepted.replace('basic services', 'essential services'),
    });
    expect(byId.get(elsewhere.id).diff).not.toEqual(elsewhere.diff);
    expect(byId.get(alt.id)).toMatchObject({ baseText: accepted, text: alt.text });
    expect(byId.get(sameWords.id)).toMatchObject({ outdated: true, baseText: op3.text });
    // Labels once read out do not change when a proposal is decided.
    expect(byId.get(ter.id).paragraphLabel).toBe('3ter');

    const retabled = await as.canada.json('POST', `/api/proposals/${sameWords.id}/retable`, {
      text: accepted.replace('shall ensure', 'must ensure'),
    });
    expect(retabled).toMatchObject({
      outdated: false,
      baseText: accepted,
      diff: diffWords(accepted, accepted.replace('shall ensure', 'must ensure')),
    });
    await as.cofacilitator.json('POST', `/api/proposals/${alt2.id}/accept`, {});
    await expectConsistentReads();
  });

  it('lists only the proposals of the paragraph asked for, and none for a paragraph that has none', async () => {
    const op6 = await paragraph(as.observer, 'OP6');
    const onOp6 = await as.observer.json('GET', `/api/documents/${COMPACT}/proposals?pid=${op6.pid}`);
    expect(onOp6.length).toBeGreaterThan(0);
    expect(onOp6.every((p: any) => p.pid === op6.pid)).toBe(true);
    expect(await as.observer.json('GET', `/api/documents/${COMPACT}/proposals?pid=no-such-paragraph`)).toEqual([]);
    const unknown = await as.observer.get('/api/proposals/no-such-proposal');
    expect(unknown.status).toBe(404);
  });

  it('computes the stored diff at start for proposals written before diffs were stored', async () => {
    const before = await listProposals(as.observer);
    expect(before.some((p) => p.diff !== null)).toBe(true);
    await server.stop();
    const db = openDatabase(server, { readonly: false });
    try {
      db.prepare('UPDATE proposals SET diff = NULL').run();
    } finally {
      db.close();
    }
    server = await startServerProcess({ dataDir: server.dataDir });
    const observer = await ApiClient.login(server.url, EMAILS.observer);
    expect(await listProposals(observer)).toEqual(before);
    const stored = openDatabase(server);
    try {
      const missing = stored
        .prepare("SELECT count(*) AS n FROM proposals WHERE diff IS NULL AND text IS NOT NULL AND kind IN ('amend', 'alternative')")
        .get();
      expect(missing.n).toBe(0);
    } finally {
      stored.close();
    }
  });
});
