import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, temporaryDataDir, type ServerProcess } from '../support/server-process.ts';
import { connectSyncClient, eventually } from '../support/sync-client.ts';
import { blockText, findBlock, insertText } from '../support/yjs-text.ts';
import { paragraphByNumber } from '../support/paragraphs.ts';

const DOC = 'gcm-compact';
let server: ServerProcess | undefined;
afterAll(() => server?.stop());

/** A long chunk of distinct words, so each update adds real bytes to the log. */
const chunk = (i: number) => ` Chunk ${i}: ${'word '.repeat(4000)}`;

describe('a full disk', () => {
  it('fails the writes that hit it, keeps the server up and loses nothing that was stored', async () => {
    const dataDir = temporaryDataDir();
    server = await startServerProcess({ dataDir });
    await server.stop('SIGTERM');
    const sizeKb = (file: string) => (fs.existsSync(file) ? Math.ceil(fs.statSync(file).size / 1024) : 0);
    const database = path.join(dataDir, 'plenary.sqlite');
    const storedKb = sizeKb(database) + sizeKb(`${database}-wal`);

    // Every file the server writes may grow only a megabyte past today's database: the log soon hits it.
    server = await startServerProcess({ dataDir, fileSizeLimitKb: storedKb + 1024, env: { COMPACTION_INTERVAL_MS: '100' } });
    const mexico = await ApiClient.login(server.url, 'cofacilitator@demo.test');
    const pid = (await paragraphByNumber(server.url, DOC, 'OP2')).pid;
    const writer = connectSyncClient(server.url, DOC, mexico.cookie);
    await writer.synced;
    const closed = new Promise<number>((resolve) =>
      writer.provider.on('connection-close', (event: CloseEvent | null) => resolve(event?.code ?? 0)),
    );

    let sent = 0;
    let closeCode = 0;
    void closed.then((code) => (closeCode = code));
    while (closeCode === 0 && sent < 2000) {
      insertText(writer.doc, pid, blockText(findBlock(writer.doc, pid)).length, chunk(sent++));
      await new Promise((r) => setTimeout(r, 5));
    }
    writer.destroy();
    expect(closeCode).toBe(1011);
    // Compaction keeps failing in the background; the process must not die of it.
    await new Promise((r) => setTimeout(r, 500));
    expect(server.child.exitCode).toBeNull();
    expect(server.output()).toMatch(/Could not store an update/);
    await eventually(() => expect(server!.output()).toMatch(/Could not compact document/), 10_000);
    const response = await mexico.get(`/api/documents/${DOC}`);
    expect(response.status).toBe(200);

    await server.stop('SIGTERM');
    server = await startServerProcess({ dataDir });
    const stored = (await paragraphByNumber(server.url, DOC, 'OP2')).text;
    const storedChunks = stored.match(/Chunk \d+:/g) ?? [];
    expect(storedChunks.length).toBeGreaterThan(0);
    expect(storedChunks.length).toBeLessThan(sent);
    // What was stored is a prefix of what was sent, in order, each chunk whole.
    storedChunks.forEach((label, i) => expect(label).toBe(`Chunk ${i}:`));
    await eventually(async () => expect((await new ApiClient(server!.url).get('/api/config')).status).toBe(200));
  });
});
