import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { connectSyncClient, eventually, type SyncClient } from '../support/sync-client.ts';
import { blockText, findBlock } from '../support/yjs-text.ts';
import { paragraphByNumber } from '../support/paragraphs.ts';
import { openDatabase } from './proposals-fixtures.ts';

const DOC = 'gcm-compact';
let server: ServerProcess;
let mexico: ApiClient;
let eu: ApiClient;
let watcher: SyncClient;
let pid: string;
let original: string;

function sql(statement: string): void {
  const db = openDatabase(server, { readonly: false });
  try {
    db.prepare(statement).run();
  } finally {
    db.close();
  }
}

function logRows(): number {
  const db = openDatabase(server);
  try {
    return (db.prepare('SELECT count(*) AS n FROM yjs_updates WHERE document_id = ?').get(DOC) as { n: number }).n;
  } finally {
    db.close();
  }
}

async function tableAmendment(): Promise<{ id: string }> {
  return eu.json('POST', `/api/documents/${DOC}/proposals`, { pid, kind: 'amend', text: `${original} Injected.`, justification: 'Test.' });
}

async function watch(): Promise<void> {
  const g77 = await ApiClient.login(server.url, 'delegate.g77@demo.test');
  watcher = connectSyncClient(server.url, DOC, g77.cookie);
  await watcher.synced;
}

beforeAll(async () => {
  server = await startServerProcess();
  mexico = await ApiClient.login(server.url, 'cofacilitator@demo.test');
  eu = await ApiClient.login(server.url, 'delegate.eu@demo.test');
  ({ pid, text: original } = await paragraphByNumber(server.url, DOC, 'OP6'));
  await watch();
});
afterAll(async () => {
  watcher?.destroy();
  await server?.stop();
});

describe('a server-side text change is atomic with its SQL', () => {
  it('rolls everything back when the append fails: not committed, not broadcast, not on disk', async () => {
    const proposal = await tableAmendment();
    const rows = logRows();
    sql("CREATE TRIGGER injected_failure BEFORE INSERT ON yjs_update_clients BEGIN SELECT RAISE(ABORT, 'injected storage failure'); END");

    const response = await mexico.post(`/api/proposals/${proposal.id}/accept`, {});
    expect(response.status).toBe(500);

    expect((await mexico.json('GET', `/api/proposals/${proposal.id}`)).status).toBe('tabled');
    expect(logRows()).toBe(rows);
    await new Promise((r) => setTimeout(r, 300));
    expect(blockText(findBlock(watcher.doc, pid))).toBe(original);
    expect((await paragraphByNumber(server.url, DOC, 'OP6')).text).toBe(original);

    const db = openDatabase(server);
    try {
      expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'proposal.accept' AND target = ?").get(proposal.id)).toEqual({
        n: 0,
      });
    } finally {
      db.close();
    }

    // A clean shutdown folds the log into the snapshot: the rolled-back change must not reach the disk either.
    sql('DROP TRIGGER injected_failure');
    watcher.destroy();
    await server.stop('SIGTERM');
    server = await startServerProcess({ dataDir: server.dataDir });
    mexico = await ApiClient.login(server.url, 'cofacilitator@demo.test');
    eu = await ApiClient.login(server.url, 'delegate.eu@demo.test');
    expect((await paragraphByNumber(server.url, DOC, 'OP6')).text).toBe(original);
    await watch();

    await mexico.json('POST', `/api/proposals/${proposal.id}/accept`, {});
    await eventually(() => expect(blockText(findBlock(watcher.doc, pid))).toBe(`${original} Injected.`));
  });
});
