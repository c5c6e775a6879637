import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { connectSyncClient, eventually } from '../support/sync-client.ts';
import { blocks, blockText, insertText } from '../support/yjs-text.ts';
import { operativeParagraphs } from '../support/hostile-updates.ts';
import { listProposals, loginAll, paragraph, table, type Who } from './proposals-fixtures.ts';
import { BRIEF_1, briefBlocks, inputBody, submit, minimalPdf } from './inputs-fixtures.ts';

/**
 * `npm run backup` while a co-facilitator types and delegations table proposals, then a restore: a server
 * started on the backup folder serves everything that was stored before the backup began, and takes edits.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DOC = 'gcm-compact';

let server: ServerProcess;
let as: Record<Who, ApiClient>;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
});
afterAll(() => server?.stop());

/** Runs the backup as an operator would, without blocking this process: the editing goes on meanwhile. */
function backup(destination: string | null, dataDir = server.dataDir): Promise<{ status: number | null; output: string }> {
  const child = spawn('npm', ['run', '--silent', 'backup', ...(destination ? ['--', destination] : [])], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir },
  });
  let output = '';
  child.stdout.on('data', (data) => (output += data));
  child.stderr.on('data', (data) => (output += data));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, output })));
}

const newFolder = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-backup-')), 'copy');

describe('npm run backup', () => {
  it('copies the data folder while people edit and table, and a server started on the copy serves it and takes edits', async () => {
    // An attachment stored before the backup must come back with it.
    const pid = (await briefBlocks(as.secretariat, BRIEF_1)).paragraph.pid;
    const input = await submit(as.unicef, BRIEF_1, inputBody(pid));
    const attached = await fetch(`${server.url}/api/inputs/${input.id}/attachment?name=report.pdf`, {
      method: 'PUT',
      headers: { origin: server.origin, cookie: as.unicef.cookie, 'content-type': 'application/pdf' },
      body: minimalPdf() as Uint8Array<ArrayBuffer>,
    });
    expect(attached.status).toBe(200);

    const pen = connectSyncClient(server.url, DOC, as.cofacilitator.cookie);
    await pen.synced;
    const typedPid = operativeParagraphs(pen.doc)[0]!.getAttribute('pid') as string;
    const op2 = await paragraph(as.eu, 'OP2');
    const textOf = (doc: typeof pen.doc) => blockText(blocks(doc).find((b) => b.getAttribute('pid') === typedPid)!);

    // Typing and tabling go on throughout the backup.
    let typed = 0;
    let tabled = 0;
    let editing = true;
    const typing = (async () => {
      while (editing) {
        // Appended, so that what the server held at any moment is a prefix of what it holds later.
        insertText(pen.doc, typedPid, Number.MAX_SAFE_INTEGER, `w${typed % 10}`);
        typed++;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const tabling = (async () => {
      while (editing) {
        await table(as.eu, { pid: op2.pid, kind: 'amend', text: `${op2.text} Addition ${tabled}.`, justification: 'Backup run.' });
        tabled++;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    await eventually(() => expect(tabled).toBeGreaterThan(3), 10_000);
    // What the server has stored before the backup starts must all be in it.
    await eventually(async () => expect((await listProposals(as.observer)).length).toBeGreaterThan(0));
    const proposalsBefore = (await listProposals(as.eu)).length;
    const reader = connectSyncClient(server.url, DOC, as.observer.cookie);
    await reader.synced;
    const textBefore = textOf(reader.doc);
    reader.destroy();

    const destination = newFolder();
    const typedBefore = typed;
    const result = await backup(destination);
    // The edits went on while the copy was made.
    expect(typed).toBeGreaterThan(typedBefore);
    editing = false;
    await Promise.all([typing, tabling]);
    pen.destroy();
    expect(result.output).toMatch(/Backed up to .* \(integrity ok\), \d+ documents, \d+ logged updates, 1 attachments\./);
    expect(result.status).toBe(0);
    expect(fs.readdirSync(destination).sort()).toEqual(['attachments', 'plenary.sqlite']);

    // Restore: a second server on the copy.
    const restored = await startServerProcess({ dataDir: destination });
    try {
      const restoredAs = await loginAll(restored);
      const proposals = await listProposals(restoredAs.eu);
      expect(proposals.length).toBeGreaterThanOrEqual(proposalsBefore);
      expect(proposals.length).toBeLessThanOrEqual(proposalsBefore + tabled);
      const served = await restoredAs.iom.get(`/api/inputs/${input.id}/attachment`);
      expect(served.status).toBe(200);
      expect(new Uint8Array(await served.arrayBuffer())).toEqual(minimalPdf());

      const client = connectSyncClient(restored.url, DOC, restoredAs.cofacilitator.cookie);
      await client.synced;
      const restoredText = textOf(client.doc);
      expect(restoredText.startsWith(textBefore)).toBe(true);
      insertText(client.doc, typedPid, 0, 'After the restore. ');
      const watcher = connectSyncClient(restored.url, DOC, restoredAs.observer.cookie);
      await watcher.synced;
      await eventually(() => expect(textOf(watcher.doc).startsWith('After the restore. ')).toBe(true));
      client.destroy();
      watcher.destroy();
    } finally {
      await restored.stop();
    }
  }, 60_000);

  it('refuses a destination it cannot create, one that is not empty, and a data folder without a database, with a clear message', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-backup-')), 'a-file');
    fs.writeFileSync(file, 'not a folder');
    const underFile = await backup(path.join(file, 'copy'));
    expect(underFile.status).toBe(1);
    expect(underFile.output).toMatch(/Backup failed: Cannot create .*a-file\/copy: ENOTDIR/);

    const notEmpty = path.dirname(file);
    const refused = await backup(notEmpty);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/Backup failed: .* is not empty/);
    expect(fs.readFileSync(file, 'utf8')).toBe('not a folder');

    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-empty-'));
    const noDatabase = await backup(newFolder(), empty);
    expect(noDatabase.status).toBe(1);
    expect(noDatabase.output).toMatch(/Backup failed: No database at .*plenary.sqlite/);

    const usage = await backup(null);
    expect(usage.status).toBe(2);
    expect(usage.output).toMatch(/Usage: npm run backup -- DESTINATION/);
  });
});
