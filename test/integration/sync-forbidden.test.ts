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
  const login = (email: string) => ApiClient.login(server.url, email);
  [cofacilitator, delegate, observer] = await Promise.all([
    login('cofacilitator@demo.test'),
    login('delegate.g77@demo.test'),
    login('observer@demo.test'),
  ]);
});
afterEach(() => {
  for (const c of open.splice(0)) {
    if ('provider' in c) c.destroy();
    else c.ws.terminate();
  }
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

describe('presence is bounded and belongs to the socket that created it', () => {
  it('closes a socket that sends an oversized state, and no peer ever receives it', async () => {
    const witness = await watch(cofacilitator);
    const rawWitness = await attack(observer);
    const attacker = await attack(delegate);
    attacker.sendPresence({ clientId: 424242, clock: 1, state: JSON.stringify({ user: { name: 'x'.repeat(5 * 1024 * 1024) } }) });
    expect((await attacker.closed).code).toBe(4413);

    // A small state from another socket still goes through: the witnesses are listening.
    const honest = await attack(delegate);
    honest.sendPresence({ clientId: 515151, clock: 1, state: JSON.stringify({ cursor: null }) });
    await eventually(() => expect(witness.provider.awareness.getStates().has(515151)).toBe(true));
    await eventually(() => expect(rawWitness.presence.has(515151)).toBe(true));
    expect(witness.provider.awareness.getStates().has(424242)).toBe(false);
    expect(rawWitness.presence.has(424242)).toBe(false);
    expect(rawWitness.presenceBytesReceived).toBeLessThan(64 * 1024);
  });

  it('closes a socket that claims more client ids than one connection may have', async () => {
    const inOneMessage = await attack(delegate);
    inOneMessage.sendPresence(...Array.from({ length: 50 }, (_, i) => ({ clientId: 600_000 + i, clock: 1, state: '{}' })));
    expect((await inOneMessage.closed).code).toBe(4414);

    const witness = await watch(observer);
    const oneByOne = await attack(delegate);
    for (let i = 0; i < 50; i++) oneByOne.sendPresence({ clientId: 700_000 + i, clock: 1, state: '{}' });
    expect((await oneByOne.closed).code).toBe(4414);
    await pause(200);
    const claimed = [...witness.provider.awareness.getStates().keys()].filter((id) => id >= 600_000 && id < 800_000);
    expect(claimed).toEqual([]);
  });

  it('closes a socket that floods presence messages', async () => {
    const flooder = await attack(delegate);
    for (let i = 1; i <= 500; i++) flooder.sendPresence({ clientId: 800_001, clock: i, state: JSON.stringify({ cursor: i }) });
    expect((await flooder.closed).code).toBe(4429);
  });

  it("does not let a delegate move, relabel or remove a co-facilitator's caret by naming its client id", async () => {
    const pen = await watch(cofacilitator);
    pen.provider.awareness.setLocalStateField('user', { name: 'Ana', color: '#1f77b4' });
    pen.provider.awareness.setLocalStateField('cursor', { anchor: 7, head: 7 });
    const penId = pen.provider.awareness.clientID;
    const third = await watch(observer);
    await eventually(() => expect(third.provider.awareness.getStates().get(penId)?.cursor).toEqual({ anchor: 7, head: 7 }));
    const before = structuredClone(third.provider.awareness.getStates().get(penId));
    expect(before!.user.name).not.toBe('Forged');

    const intruder = await attack(delegate);
    await eventually(() => expect(intruder.presence.has(penId)).toBe(true));
    const forged = JSON.stringify({ user: { name: 'Forged', stakeholder: 'Mexico', color: '#000' }, cursor: { anchor: 999, head: 999 } });
    intruder.sendPresence({ clientId: penId, clock: 1000, state: forged }, { clientId: 919191, clock: 1, state: '{"cursor":null}' });
    intruder.sendPresence({ clientId: penId, clock: 1001, state: null });

    // The intruder's own entry in the same message arrives; the one naming the co-facilitator never does.
    await eventually(() => expect(third.provider.awareness.getStates().has(919191)).toBe(true));
    await pause(300);
    expect(third.provider.awareness.getStates().get(penId)).toEqual(before);
    expect(intruder.ws.readyState).toBe(intruder.ws.OPEN);
    expect(third.provider.awareness.getStates().get(919191)!.user).toMatchObject({
      name: expect.any(String),
      stakeholder: 'G77 and China',
    });
  });

  it('stamps the real identity over whatever a socket claims about itself', async () => {
    const third = await watch(observer);
    const liar = await attack(delegate);
    liar.sendPresence({
      clientId: 929292,
      clock: 1,
      state: JSON.stringify({ user: { name: 'The Secretariat', role: 'secretariat', stakeholderId: 'MEX', color: '#123456' } }),
    });
    await eventually(() => expect(third.provider.awareness.getStates().has(929292)).toBe(true));
    const { user } = third.provider.awareness.getStates().get(929292)!;
    expect(user).toMatchObject({ role: 'delegate', stakeholder: 'G77 and China', stakeholderId: 'group-g77', color: '#123456' });
    expect(user.name).not.toBe('The Secretariat');

    const nonsense = await attack(delegate);
    nonsense.sendPresence({ clientId: 939393, clock: 1, state: JSON.stringify({ user: 'x'.repeat(3000) }) });
    await eventually(() => expect(third.provider.awareness.getStates().has(939393)).toBe(true));
    expect(JSON.stringify(third.provider.awareness.getStates().get(939393)).length).toBeLessThan(1000);
  });

  it('closes a socket whose presence state is not a JSON object', async () => {
    for (const state of ['"text"', '[1,2]', '{"unterminated":']) {
      const socket = await attack(delegate);
      socket.sendPresence({ clientId: 949494, clock: 1, state });
      expect((await socket.closed).code).toBe(4400);
    }
  });
});
