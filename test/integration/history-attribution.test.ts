import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttributedRunResponse } from '@plenary/shared/api/index';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { connectSyncClient, eventually, type SyncClient } from '../support/sync-client.ts';
import { blockText, findBlock, insertText } from '../support/yjs-text.ts';
import { paragraphByNumber } from '../support/paragraphs.ts';
import { openDatabase } from './proposals-fixtures.ts';

const DOC = 'gcm-compact';
const ENV = { COMPACTION_INTERVAL_MS: '200' };

type Run = AttributedRunResponse;

let server: ServerProcess;
let pid: string;

async function attribution(api: ApiClient): Promise<Run[]> {
  return api.json('GET', `/api/documents/${DOC}/paragraphs/${pid}/attribution`);
}

function runWith(runs: Run[], words: string): Run {
  const run = runs.find((r) => r.text.includes(words));
  if (!run) throw new Error(`No run contains "${words}": ${JSON.stringify(runs.map((r) => r.text))}`);
  return run;
}

function countRows(table: string): number {
  const db = openDatabase(server);
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  server = await startServerProcess({ env: ENV });
  pid = (await paragraphByNumber(server.url, DOC, 'OP4')).pid;
});
afterAll(() => server?.stop());

describe('who wrote each word, kept for good', () => {
  let before: Run[];

  it('attributes words typed by two co-facilitators and words of an accepted proposal', async () => {
    const mexico = await ApiClient.login(server.url, 'cofacilitator@demo.test');
    const switzerland = await ApiClient.login(server.url, 'cofacilitator2@demo.test');
    const eu = await ApiClient.login(server.url, 'delegate.eu@demo.test');
    const clients: SyncClient[] = [
      connectSyncClient(server.url, DOC, mexico.cookie),
      connectSyncClient(server.url, DOC, switzerland.cookie),
    ];
    const [a, b] = clients as [SyncClient, SyncClient];
    await Promise.all([a.synced, b.synced]);

    insertText(a.doc, pid, 0, 'Mexican words first. ');
    await eventually(() => expect(blockText(findBlock(b.doc, pid))).toMatch(/^Mexican words first\. /));
    insertText(b.doc, pid, blockText(findBlock(b.doc, pid)).length, ' Swiss words last.');
    await eventually(async () => expect((await paragraphByNumber(server.url, DOC, 'OP4')).text).toMatch(/Swiss words last\.$/));
    for (const c of clients) c.destroy();

    const current = (await paragraphByNumber(server.url, DOC, 'OP4')).text;
    const middle = current.indexOf(' Swiss');
    const amended = `${current.slice(0, middle)} European wording here.${current.slice(middle)}`;
    const proposal = await eu.json('POST', `/api/documents/${DOC}/proposals`, {
      pid,
      kind: 'amend',
      text: amended,
      justification: 'Clarity.',
    });
    await mexico.json('POST', `/api/proposals/${proposal.id}/accept`, {});

    const runs = await attribution(eu);
    expect(runs.map((r) => r.text).join('')).toBe(amended);
    expect(runWith(runs, 'Mexican words first')).toMatchObject({ stakeholderId: 'MEX', role: 'cofacilitator', userName: 'Ana Morales' });
    expect(runWith(runs, 'Swiss words last')).toMatchObject({ stakeholderId: 'CHE', role: 'cofacilitator', userName: 'Lukas Meier' });
    expect(runWith(runs, 'European wording here')).toMatchObject({
      stakeholderId: 'group-eu',
      stakeholder: 'European Union',
      userName: 'Claire Dubois',
      proposalId: proposal.id,
      acceptedBy: { userName: 'Ana Morales' },
    });
    const original = runs.filter((r) => r.stakeholderId === 'secretariat');
    expect(original.length).toBeGreaterThan(0);
    for (const run of runs) expect(run.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    before = runs;
  });

  it('keeps every log row through compaction, and records one audit row per editing session', async () => {
    const rows = countRows('yjs_updates');
    await eventually(() => {
      const db = openDatabase(server);
      try {
        const snapshot = db.prepare('SELECT through_update_id AS through FROM yjs_snapshots WHERE document_id = ?').get(DOC) as
          { through: number } | undefined;
        const latest = db.prepare('SELECT max(id) AS id FROM yjs_updates WHERE document_id = ?').get(DOC) as { id: number };
        expect(snapshot?.through).toBe(latest.id);
      } finally {
        db.close();
      }
    });
    expect(countRows('yjs_updates')).toBe(rows);
    const db = openDatabase(server);
    try {
      const sessions = db
        .prepare("SELECT stakeholder_id AS stakeholder, details FROM audit_log WHERE action = 'document.edit-session' AND document_id = ?")
        .all(DOC) as {
        stakeholder: string;
        details: string;
      }[];
      expect(sessions.map((s) => s.stakeholder).sort()).toEqual(['CHE', 'MEX']);
      for (const s of sessions)
        expect(JSON.parse(s.details)).toMatchObject({ updates: expect.any(Number), firstUpdateId: expect.any(Number) });
    } finally {
      db.close();
    }
  });

  it('reads the same attribution after a SIGKILL and a restart', async () => {
    await server.stop('SIGKILL');
    server = await startServerProcess({ dataDir: server.dataDir, env: ENV });
    const observer = await ApiClient.login(server.url, 'observer@demo.test');
    expect(await attribution(observer)).toEqual(before);
  });
});
