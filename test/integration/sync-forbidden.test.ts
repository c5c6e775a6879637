import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { openRawSyncSocket, upgradeRefusal, type RawSyncSocket } from '../support/raw-sync-socket.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { browserUpgradeHeaders, connectSyncClient, eventually, type SyncClient } from '../support/sync-client.ts';

const DOC = 'gcm-compact';
let server: ServerProcess;
let cofacilitator: ApiClient;
let delegate: ApiClient;
let observer: ApiClient;
const open: Array<SyncClient | RawSyncSocket> = [];

beforeAll(async () => {
  server = await startServerProcess();
  [cofacilitator, delegate, observer] = await Promise.all(
    ['cofacilitator@demo.test', 'delegate.g77@demo.test', 'observer@demo.test'].map((email) => ApiClient.login(server.url, email)),
  );
});
afterEach(() => {
  for (const c of open.splice(0)) 'provider' in c ? c.destroy() : c.ws.terminate();
});
afterAll(() => server?.stop());

async function watch(as: ApiClient): Promise<SyncClient> {
  const client = connectSyncClient(server.url, DOC, as.cookie);
  open.push(client);
  await client.synced;
  return client;
}

async function attack(as: ApiClient): Promise<RawSyncSocket> {
  const socket = await openRawSyncSocket(server.url, DOC, as.cookie);
  open.push(socket);
  return socket;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the upgrade checks Origin like the REST API', () => {
  const url = () => `${server.url.replace(/^http/, 'ws')}/sync/${DOC}`;

  it('refuses another origin of the same site, another site, and a missing Origin with 403', async () => {
    const otherPort = `http://127.0.0.1:${Number(new URL(server.url).port) + 1}`;
    for (const origin of [otherPort, 'https://evil.example', 'null']) {
      expect(await upgradeRefusal(url(), { cookie: cofacilitator.cookie, origin })).toBe(403);
    }
    expect(await upgradeRefusal(url(), { cookie: cofacilitator.cookie })).toBe(403);
  });

  it('refuses a foreign Origin before looking at the session or the document', async () => {
    expect(await upgradeRefusal(url(), { origin: 'https://evil.example' })).toBe(403);
    const unknownDoc = `${server.url.replace(/^http/, 'ws')}/sync/unknown-doc`;
    expect(await upgradeRefusal(unknownDoc, { cookie: cofacilitator.cookie, origin: 'https://evil.example' })).toBe(403);
  });

  it("accepts the app's own origin", async () => {
    const socket = await openRawSyncSocket(server.url, DOC, cofacilitator.cookie);
    open.push(socket);
    expect(socket.ws.readyState).toBe(socket.ws.OPEN);
    expect(browserUpgradeHeaders(server.url, '').origin).toBe(server.origin);
  });
});
