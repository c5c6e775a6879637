import WebSocket from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { browserUpgradeHeaders, connectSyncClient, eventually, type SyncClient } from '../support/sync-client.ts';
import { blockText, blocks, findBlock, insertText } from '../support/yjs-text.ts';

const DOC = 'gcm-compact';
let server: ServerProcess;
const clients: SyncClient[] = [];

async function join(email: string): Promise<SyncClient> {
  const api = await ApiClient.login(server.url, email);
  const client = connectSyncClient(server.url, DOC, api.cookie);
  clients.push(client);
  await client.synced;
  return client;
}

async function paragraphText(pid: string): Promise<string> {
  const api = await ApiClient.login(server.url, 'observer@demo.test');
  const doc = await api.json('GET', `/api/documents/${DOC}`);
  return doc.paragraphs.find((p: { pid: string }) => p.pid === pid).text;
}

function firstOperativePid(client: SyncClient): string {
  return blocks(client.doc)
    .find((b) => b.nodeName === 'operativeParagraph')!
    .getAttribute('pid')!;
}

beforeAll(async () => {
  server = await startServerProcess();
});
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});
afterAll(() => server?.stop());

describe('live sync over /sync/:id', () => {
  it('lets two co-facilitators edit the same paragraph and converge', async () => {
    const a = await join('cofacilitator@demo.test');
    const b = await join('cofacilitator2@demo.test');
    const pid = firstOperativePid(a);
    insertText(a.doc, pid, 0, 'Alpha ');
    insertText(b.doc, pid, 0, 'Beta ');
    await eventually(() => {
      expect(blockText(findBlock(a.doc, pid))).toBe(blockText(findBlock(b.doc, pid)));
      expect(blockText(findBlock(a.doc, pid))).toMatch(/^(Alpha Beta |Beta Alpha )/);
    });
    await eventually(async () => expect(await paragraphText(pid)).toBe(blockText(findBlock(a.doc, pid))));
  });

  it('sends a delegate live updates but never applies its own edits', async () => {
    const cofacilitator = await join('cofacilitator@demo.test');
    const delegate = await join('delegate.g77@demo.test');
    const pid = firstOperativePid(cofacilitator);
    insertText(cofacilitator.doc, pid, 0, 'Live change. ');
    await eventually(() => expect(blockText(findBlock(delegate.doc, pid))).toMatch(/^Live change\. /));

    insertText(delegate.doc, pid, 0, 'DELEGATE WAS HERE ');
    await new Promise((r) => setTimeout(r, 500));
    expect(blockText(findBlock(cofacilitator.doc, pid))).not.toContain('DELEGATE WAS HERE');
    expect(await paragraphText(pid)).not.toContain('DELEGATE WAS HERE');
    const observer = await join('observer@demo.test');
    expect(blockText(findBlock(observer.doc, pid))).not.toContain('DELEGATE WAS HERE');
  });

  it('refuses a socket without a session, and a socket for an unknown document', async () => {
    const refusal = (url: string, headers: Record<string, string> = {}) =>
      new Promise<number>((resolve, reject) => {
        const ws = new WebSocket(url, { headers });
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode!));
        ws.on('open', () => reject(new Error('socket was accepted')));
        ws.on('error', () => {});
      });
    const wsBase = server.url.replace(/^http/, 'ws');
    expect(await refusal(`${wsBase}/sync/${DOC}`, browserUpgradeHeaders(server.url, ''))).toBe(401);
    expect(await refusal(`${wsBase}/sync/${DOC}`, browserUpgradeHeaders(server.url, 'plenary_session=forged'))).toBe(401);
    const api = await ApiClient.login(server.url, 'observer@demo.test');
    expect(await refusal(`${wsBase}/sync/unknown-doc`, browserUpgradeHeaders(server.url, api.cookie))).toBe(404);
  });

  it('closes a socket that sends garbage, and the document and server stay healthy', async () => {
    const api = await ApiClient.login(server.url, 'cofacilitator@demo.test');
    const wsBase = server.url.replace(/^http/, 'ws');
    const garbage = [
      Buffer.from([0, 2, 200, 1, 2, 3, 4]), // an update that is not a Yjs update
      Buffer.from([0, 9]), // unknown sync step
      Buffer.from([77, 1, 2]), // unknown message type
      Buffer.from('hello, I am text'),
    ];
    for (const frame of garbage) {
      const code = await new Promise<number>((resolve) => {
        const ws = new WebSocket(`${wsBase}/sync/${DOC}`, { headers: browserUpgradeHeaders(server.url, api.cookie) });
        ws.on('open', () => ws.send(frame, { binary: typeof frame !== 'string' && frame[0] !== 0x68 }));
        ws.on('close', (c) => resolve(c));
      });
      expect(code).toBe(4400);
    }
    const a = await join('cofacilitator@demo.test');
    const pid = firstOperativePid(a);
    insertText(a.doc, pid, 0, 'Still works. ');
    await eventually(async () => expect(await paragraphText(pid)).toMatch(/^Still works\. /));
  });
});

describe('durability', () => {
  it('keeps every update a client had received after SIGKILL, and still ignores the delegate after restart', async () => {
    const writer = await join('cofacilitator@demo.test');
    const reader = await join('cofacilitator2@demo.test');
    const delegate = await join('delegate.eu@demo.test');
    const pid = firstOperativePid(writer);
    for (let i = 0; i < 20; i++) insertText(writer.doc, pid, 0, `w${i} `);
    await eventually(() => expect(blockText(findBlock(reader.doc, pid))).toMatch(/^w19 w18 /));
    const seenByReader = blockText(findBlock(reader.doc, pid));
    insertText(delegate.doc, pid, 0, 'EU SNEAK ');

    const { dataDir, url } = server;
    await server.stop('SIGKILL');
    server = await startServerProcess({ dataDir, env: { PORT: new URL(url).port } });

    expect(await paragraphText(pid)).toBe(seenByReader);
    // The delegate's provider reconnects and offers its local edit again: still not applied.
    await eventually(() => expect(delegate.provider.wsconnected).toBe(true), 15_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(await paragraphText(pid)).not.toContain('EU SNEAK');
    const fresh = await join('observer@demo.test');
    expect(blockText(findBlock(fresh.doc, pid))).toBe(seenByReader);
  });
});

describe('graceful shutdown', () => {
  it('exits cleanly on SIGTERM with every edit saved', async () => {
    const writer = await join('cofacilitator@demo.test');
    const pid = firstOperativePid(writer);
    insertText(writer.doc, pid, 0, 'Saved on shutdown. ');
    await eventually(async () => expect(await paragraphText(pid)).toMatch(/^Saved on shutdown\. /));
    const { dataDir, url } = server;
    expect(await server.stop('SIGTERM')).toBe(0);
    expect(server.output()).toMatch(/SIGTERM received/);
    server = await startServerProcess({ dataDir, env: { PORT: new URL(url).port } });
    expect(await paragraphText(pid)).toMatch(/^Saved on shutdown\. /);
  });
});
