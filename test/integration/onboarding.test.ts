import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { openRawSyncSocket, type RawSyncSocket } from '../support/raw-sync-socket.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { connectSyncClient, eventually, type SyncClient } from '../support/sync-client.ts';
import { blockText, blocks, insertText } from '../support/yjs-text.ts';
import { expectError, openDatabase, openEventStream } from './proposals-fixtures.ts';

const STRONG = 'orderly-migration-corridor-7';
let server: ServerProcess;
let secretariat: ApiClient;
const open: Array<SyncClient | RawSyncSocket | { close(): void }> = [];

beforeAll(async () => {
  // Sessions are checked only at open and on demand: whatever ends a connection here is the change under test.
  server = await startServerProcess({ env: { SYNC_KEEPALIVE_MS: '600000' } });
  secretariat = await ApiClient.login(server.url, 'secretariat@demo.test');
});
afterEach(() => {
  for (const c of open.splice(0)) {
    if ('provider' in c) c.destroy();
    else if ('ws' in c) c.ws.terminate();
    else c.close();
  }
});
afterAll(() => server?.stop());

const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} after ${ms} ms`)), ms))]);

let stakeholderList: Array<{ id: string; name: string; shortName: string; kind: string }> | undefined;
async function stakeholder(shortName: string) {
  stakeholderList ??= await secretariat.json('GET', '/api/stakeholders/all');
  const found = stakeholderList!.find((s) => s.shortName === shortName || s.id === shortName);
  if (!found) throw new Error(`No stakeholder ${shortName}`);
  return found;
}

const tokenOf = (link: string) => link.split('/invitations/')[1]!;

async function invite(body: Record<string, unknown>) {
  const response = await secretariat.post('/api/admin/invitations', body);
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as { id: string; link: string; email: string; expiresAt: string; mailed: boolean };
}

async function participants(processId?: string) {
  return secretariat.json('GET', `/api/admin/participants${processId ? `?processId=${processId}` : ''}`);
}

async function participantId(email: string) {
  const list = await participants();
  return list.participants.find((p: { email: string }) => p.email === email).userId as string;
}

function count(sql: string, ...params: unknown[]): number {
  const db = openDatabase(server);
  try {
    return (db.prepare(sql).get(...params) as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('a process', () => {
  it('is opened by the secretariat with its compact, its briefs and their leads, and invites its co-facilitators', async () => {
    const [iom, unhcr, mexico] = await Promise.all([stakeholder('IOM'), stakeholder('UNHCR'), stakeholder('Mexico')]);
    const response = await secretariat.post('/api/admin/processes', {
      title: 'Global Compact on Refugees: follow-up',
      shortTitle: 'GCR-FU',
      symbolPrefix: 'A/CONF.240/',
      languages: ['en', 'fr', 'es'],
      timeZone: 'Europe/Zurich',
      briefs: [{ title: 'Burden and responsibility sharing', leadStakeholderIds: [unhcr.id, iom.id] }],
      cofacilitators: [{ email: 'cofac.gcr@example.org', name: 'Rosa Alvarez', stakeholderId: mexico.id }],
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const created = await response.json();
    expect(created.process).toMatchObject({
      shortTitle: 'GCR-FU',
      symbolPrefix: 'A/CONF.240/',
      languages: ['en', 'fr', 'es'],
      timeZone: 'Europe/Zurich',
    });
    expect(created.documents.map((d: { kind: string }) => d.kind)).toEqual(['compact', 'brief']);
    expect(created.invitations).toHaveLength(1);
    expect(created.invitations[0]).toMatchObject({ email: 'cofac.gcr@example.org', mailed: false });

    // The creator takes part in both processes, as the secretariat of each, and switches between them.
    const me = await secretariat.json('GET', '/api/me');
    expect(me.processes.map((p: { shortTitle: string; role: string }) => `${p.shortTitle}:${p.role}`)).toEqual([
      'GCM:secretariat',
      'GCR-FU:secretariat',
    ]);
    expect(me.process.id).toBe('gcm');
    const documents = await secretariat.json('GET', '/api/documents');
    expect(documents.map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining(created.documents.map((d: { id: string }) => d.id)));
    const brief = await secretariat.json('GET', `/api/documents/${created.documents[1].id}`);
    expect(brief.title).toBe('Issue brief 1: Burden and responsibility sharing');

    const list = await participants(created.process.id);
    expect(list.invitations.map((i: { email: string; role: string; state: string }) => `${i.email}:${i.role}:${i.state}`)).toEqual([
      'cofac.gcr@example.org:cofacilitator:pending',
    ]);

    // The co-facilitator accepts and holds the pen on the new compact only.
    const cofac = new ApiClient(server.url);
    const accepted = await cofac.post(`/api/invitations/${tokenOf(created.invitations[0].link)}/accept`, { password: STRONG });
    expect(accepted.status, await accepted.clone().text()).toBe(200);
    expect((await accepted.json()).me).toMatchObject({ role: 'cofacilitator', process: { id: created.process.id } });
    // A brief in draft is its leads' and the secretariat's until circulated.
    const mine = await cofac.json('GET', '/api/documents');
    expect(mine.map((d: { id: string }) => d.id)).toEqual([created.documents[0].id]);
    await expectError(await cofac.get('/api/documents/gcm-compact'), 403, 'forbidden');

    const switched = await secretariat.json('PUT', '/api/me/process', { processId: created.process.id });
    expect(switched.process.id).toBe(created.process.id);
    expect((await secretariat.json('GET', '/api/auth/session')).me.process.id).toBe(created.process.id);
    await secretariat.json('PUT', '/api/me/process', { processId: 'gcm' });
  });

  it('refuses a brief led by a state, an unknown time zone or language, and stores nothing', async () => {
    const before = count('SELECT count(*) AS n FROM processes');
    const mexico = await stakeholder('Mexico');
    const base = { title: 'A process', shortTitle: 'AP' };
    const refused = [
      { ...base, briefs: [{ title: 'Brief', leadStakeholderIds: [mexico.id] }] },
      { ...base, briefs: [{ title: 'Brief', leadStakeholderIds: ['no-such-agency'] }] },
      { ...base, timeZone: 'Mars/Olympus' },
      { ...base, languages: ['en', 'en'] },
      { ...base, languages: ['xx'] },
      { ...base, title: '' },
      { shortTitle: 'AP' },
      { ...base, symbolPrefix: 'A/<script>' },
      { ...base, cofacilitators: [{ email: 'c@example.org', name: 'C', stakeholderId: (await stakeholder('IOM')).id }] },
      {
        ...base,
        cofacilitators: [
          { email: 'c@example.org', name: 'C', stakeholderId: mexico.id },
          { email: 'c@example.org', name: 'C', stakeholderId: mexico.id },
        ],
      },
    ];
    for (const body of refused) await expectError(await secretariat.post('/api/admin/processes', body), 400);
    expect(count('SELECT count(*) AS n FROM processes')).toBe(before);
  });
});

describe('an invitation', () => {
  it('lets a new person choose a password the policy accepts, sign in, and use it only once', async () => {
    const canada = await stakeholder('Canada');
    const created = await invite({ email: 'Jean.Roy@Example.org', name: 'Jean Roy', stakeholderId: canada.id, role: 'delegate' });
    expect(created.link).toMatch(new RegExp(`^${server.url}/invitations/[A-Za-z0-9_-]{43}$`));
    const token = tokenOf(created.link);
    const info = await new ApiClient(server.url).json('GET', `/api/invitations/${token}`);
    expect(info).toMatchObject({
      purpose: 'join',
      email: 'jean.roy@example.org',
      name: 'Jean Roy',
      role: 'delegate',
      accountExists: false,
    });
    expect(info.signIn).toEqual({ passwordSignIn: true, identityProvider: null });

    const person = new ApiClient(server.url);
    for (const weak of ['short', 'password1234', 'Password2024!', 'qwertyuiopas', 'aaaaaaaaaaaaaa', 'jean.roy.2026!!']) {
      const error = await expectError(await person.post(`/api/invitations/${token}/accept`, { password: weak }), 400);
      expect(error.message).toMatch(/characters|common|consecutive|email|name/);
    }
    expect(count("SELECT count(*) AS n FROM users WHERE email = 'jean.roy@example.org'")).toBe(0);
    const accepted = await person.post(`/api/invitations/${token}/accept`, { password: STRONG });
    expect(accepted.status).toBe(200);
    expect((await person.json('GET', '/api/auth/session')).me).toMatchObject({ capacity: 'Jean Roy — Canada — delegate' });

    await expectError(await new ApiClient(server.url).post(`/api/invitations/${token}/accept`, { password: STRONG }), 403);
    await expectError(await new ApiClient(server.url).get(`/api/invitations/${token}`), 403);
    await ApiClient.login(server.url, 'jean.roy@example.org', STRONG);
    const list = await participants();
    expect(list.invitations.find((i: { id: string }) => i.id === created.id).state).toBe('accepted');
    expect(list.participants.find((p: { email: string }) => p.email === 'jean.roy@example.org')).toMatchObject({
      role: 'delegate',
      active: true,
      hasPassword: true,
    });
  });

  it('answers a made-up token 404, and a withdrawn or superseded link 403', async () => {
    await expectError(await new ApiClient(server.url).get(`/api/invitations/${'x'.repeat(43)}`), 404);
    await expectError(await new ApiClient(server.url).post(`/api/invitations/${'x'.repeat(43)}/accept`, { password: STRONG }), 404);
    const peru = await stakeholder('Peru');
    const first = await invite({ email: 'ana.quispe@example.org', name: 'Ana Quispe', stakeholderId: peru.id, role: 'delegate' });
    const second = await invite({ email: 'ana.quispe@example.org', name: 'Ana Quispe', stakeholderId: peru.id, role: 'delegate' });
    const superseded = await expectError(
      await new ApiClient(server.url).post(`/api/invitations/${tokenOf(first.link)}/accept`, { password: STRONG }),
      403,
    );
    expect(superseded.message).toMatch(/withdrawn/);
    expect((await secretariat.post(`/api/admin/invitations/${second.id}/revoke`)).status).toBe(204);
    await expectError(await secretariat.post(`/api/admin/invitations/${second.id}/revoke`), 409);
    await expectError(await new ApiClient(server.url).post(`/api/invitations/${tokenOf(second.link)}/accept`, { password: STRONG }), 403);
    expect(count("SELECT count(*) AS n FROM users WHERE email = 'ana.quispe@example.org'")).toBe(0);
  });

  it('joins an existing account to another process only with its own password', async () => {
    const create = await secretariat.json('POST', '/api/admin/processes', { title: 'Second process', shortTitle: 'SP' });
    const canada = await stakeholder('Canada');
    const response = await secretariat.post('/api/admin/invitations', {
      email: 'delegate.canada@demo.test',
      name: 'Emily Tremblay',
      stakeholderId: canada.id,
      role: 'observer',
      processId: create.process.id,
    });
    expect(response.status).toBe(201);
    const token = tokenOf((await response.json()).link);
    expect((await new ApiClient(server.url).json('GET', `/api/invitations/${token}`)).accountExists).toBe(true);
    const error = await expectError(await new ApiClient(server.url).post(`/api/invitations/${token}/accept`, { password: STRONG }), 401);
    expect(error.message).toMatch(/not the password of the account/);
    const emily = new ApiClient(server.url);
    expect((await emily.post(`/api/invitations/${token}/accept`, { password: 'demo' })).status).toBe(200);
    const me = await emily.json('GET', '/api/me');
    expect(me.processes.map((p: { shortTitle: string; role: string }) => `${p.shortTitle}:${p.role}`)).toEqual([
      'GCM:delegate',
      'SP:observer',
    ]);
  });

  it('refuses someone already taking part, a capacity the stakeholder cannot have, and bad input', async () => {
    const [canada, iom] = await Promise.all([stakeholder('Canada'), stakeholder('IOM')]);
    await expectError(
      await secretariat.post('/api/admin/invitations', {
        email: 'delegate.eu@demo.test',
        name: 'Claire Dubois',
        stakeholderId: canada.id,
        role: 'delegate',
      }),
      409,
    );
    const wrong = await expectError(
      await secretariat.post('/api/admin/invitations', { email: 'x@example.org', name: 'X', stakeholderId: iom.id, role: 'delegate' }),
      400,
    );
    expect(wrong.message).toMatch(/cannot speak for/);
    const before = count('SELECT count(*) AS n FROM invitations');
    for (const body of [
      {},
      { email: 'not-an-email', name: 'X', stakeholderId: canada.id, role: 'delegate' },
      { email: 'x@example.org', name: '', stakeholderId: canada.id, role: 'delegate' },
      { email: 'x@example.org', name: 'X', stakeholderId: canada.id, role: 'president' },
      { email: 'x@example.org', name: 'X', stakeholderId: 'nobody', role: 'delegate' },
      { email: 'x@example.org', name: 'Two\nlines', stakeholderId: canada.id, role: 'delegate' },
    ]) {
      await expectError(await secretariat.post('/api/admin/invitations', body), 400);
    }
    expect(count('SELECT count(*) AS n FROM invitations')).toBe(before);
  });

  it('expires', async () => {
    const quick = await startServerProcess({ env: { INVITATION_TTL_DAYS: String(1 / (24 * 3600)) } });
    try {
      const admin = await ApiClient.login(quick.url, 'secretariat@demo.test');
      const all = await admin.json('GET', '/api/stakeholders/all');
      const chile = all.find((s: { shortName: string }) => s.shortName === 'Chile');
      const created = await admin.json('POST', '/api/admin/invitations', {
        email: 'late@example.org',
        name: 'Late Comer',
        stakeholderId: chile.id,
        role: 'delegate',
      });
      await new Promise((r) => setTimeout(r, 1200));
      const error = await expectError(
        await new ApiClient(quick.url).post(`/api/invitations/${tokenOf(created.link)}/accept`, { password: STRONG }),
        403,
      );
      expect(error.message).toMatch(/expired/);
      const list = await admin.json('GET', '/api/admin/participants');
      expect(list.invitations.find((i: { id: string }) => i.id === created.id).state).toBe('expired');
    } finally {
      await quick.stop();
    }
  });
});

describe('a CSV file of people', () => {
  const csv = [
    'email,name,stakeholder,role',
    'maria.silva@example.org,Maria Silva,BRA,delegate',
    '"okafor@example.org","Chidi Okafor, Jr.",Nigeria,Delegate',
    'not-an-email,Nobody,Atlantis,king',
    'lena.berg@example.org,Lena Berg,Sweden,observer',
  ].join('\r\n');

  it('is read row by row, naming each bad row, and creates nothing until the good rows are confirmed', async () => {
    const before = count('SELECT count(*) AS n FROM invitations');
    const preview = await secretariat.json('POST', '/api/admin/invitations/preview', { csv });
    expect(preview.fileErrors).toEqual([]);
    expect(preview.rows.map((r: { line: number; errors: string[] }) => [r.line, r.errors.length])).toEqual([
      [2, 0],
      [3, 0],
      [4, 3],
      [5, 0],
    ]);
    expect(preview.rows[1]).toMatchObject({ name: 'Chidi Okafor, Jr.', role: 'delegate', stakeholder: { shortName: 'Nigeria' } });
    expect(preview.rows[2].errors.join(' ')).toMatch(/not an email address.*Atlantis.*not a role/);
    expect(count('SELECT count(*) AS n FROM invitations')).toBe(before);

    const good = preview.rows.filter((r: { errors: string[] }) => r.errors.length === 0);
    const rows = good.map((r: { email: string; name: string; stakeholder: { id: string }; role: string }) => ({
      email: r.email,
      name: r.name,
      stakeholderId: r.stakeholder.id,
      role: r.role,
    }));
    // One row that cannot be invited refuses the lot, naming it.
    const refused = await expectError(
      await secretariat.post('/api/admin/invitations/batch', { rows: [...rows, { ...rows[0], email: 'delegate.eu@demo.test' }] }),
      400,
    );
    expect(refused.message).toMatch(/^Row 4: delegate.eu@demo.test already takes part/);
    await expectError(await secretariat.post('/api/admin/invitations/batch', { rows: [...rows, rows[0]] }), 400);
    expect(count('SELECT count(*) AS n FROM invitations')).toBe(before);

    const batch = await secretariat.post('/api/admin/invitations/batch', { rows });
    expect(batch.status).toBe(201);
    expect((await batch.json()).invitations.map((i: { email: string }) => i.email)).toEqual([
      'maria.silva@example.org',
      'okafor@example.org',
      'lena.berg@example.org',
    ]);
    expect(count('SELECT count(*) AS n FROM invitations')).toBe(before + 3);
  });

  it('reports a file without the columns, or without anyone in it', async () => {
    const noColumns = await secretariat.json('POST', '/api/admin/invitations/preview', { csv: 'mail;full name\nx@example.org;X' });
    expect(noColumns.fileErrors[0]).toMatch(/missing: stakeholder, role/);
    const empty = await secretariat.json('POST', '/api/admin/invitations/preview', { csv: '' });
    expect(empty.fileErrors[0]).toMatch(/empty/);
    const semicolons = await secretariat.json('POST', '/api/admin/invitations/preview', {
      csv: 'email;name;stakeholder;role\nt.ito@example.org;Taro Ito;JPN;delegate',
    });
    expect(semicolons.rows[0]).toMatchObject({ email: 't.ito@example.org', errors: [] });
  });
});

describe('deactivating a person', () => {
  it('ends their sessions, sockets and event streams at once; their contributions stay attributed; reactivation restores sign-in', async () => {
    const g77 = await ApiClient.login(server.url, 'delegate.g77@demo.test');
    const userId = await participantId('delegate.g77@demo.test');
    const socket = await openRawSyncSocket(server.url, 'gcm-compact', g77.cookie);
    open.push(socket);
    const stream = await openEventStream(server, g77);
    open.push(stream);
    const proposalsBefore = await secretariat.json('GET', '/api/documents/gcm-compact/proposals');

    const response = await secretariat.post(`/api/admin/users/${userId}/deactivate`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ active: false, liveSessions: 0 });
    expect((await within(socket.closed, 2000, 'socket still open')).code).toBe(4401);
    await expectError(await g77.get('/api/me'), 401);
    const login = await expectError(
      await new ApiClient(server.url).post('/api/auth/login', { email: 'delegate.g77@demo.test', password: 'demo' }),
      403,
    );
    expect(login.code).toBe('deactivated');
    await expectError(await new ApiClient(server.url).post('/api/auth/login', { email: 'delegate.g77@demo.test', password: 'wrong' }), 401);
    expect(await secretariat.json('GET', '/api/documents/gcm-compact/proposals')).toEqual(proposalsBefore);
    await expectError(await secretariat.post(`/api/admin/users/${userId}/deactivate`), 409);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE action = 'user.deactivate' AND target = ?", userId)).toBe(1);

    expect((await secretariat.post(`/api/admin/users/${userId}/reactivate`)).status).toBe(200);
    await ApiClient.login(server.url, 'delegate.g77@demo.test');
    await expectError(await secretariat.post(`/api/admin/users/${userId}/reactivate`), 409);
  });
});

describe("changing a person's capacity", () => {
  it('moves the pen: their sockets reconnect, and the server now applies or ignores their edits', async () => {
    const canada = await ApiClient.login(server.url, 'delegate.canada@demo.test');
    const userId = await participantId('delegate.canada@demo.test');
    const stream = await openEventStream(server, canada);
    open.push(stream);
    const reader = connectSyncClient(server.url, 'gcm-compact', secretariat.cookie);
    open.push(reader);
    await reader.synced;
    const pidOf = (client: SyncClient) =>
      blocks(client.doc)
        .find((b) => b.nodeName === 'operativeParagraph')!
        .getAttribute('pid')!;
    const textOf = (client: SyncClient) => blockText(blocks(client.doc).find((b) => b.getAttribute('pid') === pidOf(reader))!);

    const asDelegate = connectSyncClient(server.url, 'gcm-compact', canada.cookie);
    open.push(asDelegate);
    await asDelegate.synced;
    insertText(asDelegate.doc, pidOf(asDelegate), 0, 'DELEGATE WORDS ');
    await new Promise((r) => setTimeout(r, 300));
    expect(textOf(reader)).not.toContain('DELEGATE WORDS');
    const closed = new Promise<number>((resolve) =>
      asDelegate.provider.once('connection-close', (event: CloseEvent | null) => resolve(event?.code ?? 0)),
    );

    const mexico = await stakeholder('Mexico');
    const changed = await secretariat.put(`/api/admin/users/${userId}/membership`, { stakeholderId: mexico.id, role: 'cofacilitator' });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ role: 'cofacilitator', stakeholder: { id: mexico.id } });
    expect(await within(closed, 2000, 'socket still open')).toBe(4410);
    await eventually(() => expect(stream.events.map((e) => e.type)).toContain('membership.changed'));
    expect((await canada.json('GET', '/api/me')).role).toBe('cofacilitator');

    const asCofacilitator = connectSyncClient(server.url, 'gcm-compact', canada.cookie);
    open.push(asCofacilitator);
    await asCofacilitator.synced;
    insertText(asCofacilitator.doc, pidOf(asCofacilitator), 0, 'PEN WORDS ');
    await eventually(() => expect(textOf(reader)).toContain('PEN WORDS'));

    const back = await secretariat.put(`/api/admin/users/${userId}/membership`, {
      stakeholderId: (await stakeholder('Canada')).id,
      role: 'delegate',
    });
    expect(back.status).toBe(200);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE action = 'user.membership-change' AND target = ?", userId)).toBe(2);
  });

  it('refuses a capacity the stakeholder cannot have, and changes nothing', async () => {
    const userId = await participantId('delegate.eu@demo.test');
    const iom = await stakeholder('IOM');
    await expectError(await secretariat.put(`/api/admin/users/${userId}/membership`, { stakeholderId: iom.id, role: 'delegate' }), 400);
    await expectError(await secretariat.put(`/api/admin/users/${userId}/membership`, { stakeholderId: 'nobody', role: 'delegate' }), 400);
    await expectError(await secretariat.put(`/api/admin/users/${userId}/membership`, { role: 'delegate' }), 400);
    expect((await participants()).participants.find((p: { userId: string }) => p.userId === userId)).toMatchObject({
      role: 'delegate',
      stakeholder: { shortName: 'EU' },
    });
  });
});

describe('a new password link', () => {
  it('sets a new password once, and ends every sign-in made with the old one', async () => {
    const who = await ApiClient.login(server.url, 'agency.unicef@demo.test');
    const socket = await openRawSyncSocket(server.url, 'gcm-compact', who.cookie);
    open.push(socket);
    const userId = await participantId('agency.unicef@demo.test');
    const reset = await secretariat.json('POST', `/api/admin/users/${userId}/password-reset`);
    const token = tokenOf(reset.link);
    expect((await new ApiClient(server.url).json('GET', `/api/invitations/${token}`)).purpose).toBe('reset');
    await expectError(await new ApiClient(server.url).post(`/api/invitations/${token}/accept`, { password: 'unicef' }), 400);
    const fresh = new ApiClient(server.url);
    expect((await fresh.post(`/api/invitations/${token}/accept`, { password: STRONG })).status).toBe(200);
    expect((await within(socket.closed, 2000, 'socket still open')).code).toBe(4401);
    await expectError(await who.get('/api/me'), 401);
    expect((await fresh.get('/api/me')).status).toBe(200);
    await expectError(await new ApiClient(server.url).post('/api/auth/login', { email: 'agency.unicef@demo.test', password: 'demo' }), 401);
    await ApiClient.login(server.url, 'agency.unicef@demo.test', STRONG);
  });
});

describe('sessions', () => {
  it('are listed per device and signed out one by one, ending that device’s connections', async () => {
    const laptop = await ApiClient.login(server.url, 'observer@demo.test');
    const phone = await ApiClient.login(server.url, 'observer@demo.test');
    const phoneSocket = await openRawSyncSocket(server.url, 'gcm-compact', phone.cookie);
    open.push(phoneSocket);
    const { sessions } = await laptop.json('GET', '/api/me/sessions');
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    expect(sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const list = await participants();
    expect(list.participants.find((p: { email: string }) => p.email === 'observer@demo.test').liveSessions).toBe(sessions.length);

    const phoneId = (await phone.json('GET', '/api/me/sessions')).sessions.find((s: { current: boolean }) => s.current).id;
    // Someone else's session is unknown to this person, answered as a made-up one.
    await expectError(await secretariat.request('DELETE', `/api/me/sessions/${phoneId}`), 404);
    expect((await laptop.request('DELETE', `/api/me/sessions/${phoneId}`)).status).toBe(204);
    expect((await within(phoneSocket.closed, 2000, 'socket still open')).code).toBe(4401);
    await expectError(await phone.get('/api/me'), 401);
    expect((await laptop.get('/api/me')).status).toBe(200);
  });
});

describe('the session lifetime', () => {
  it('is the deployment’s: a sign-in ends when it runs out, and its cookie says so', async () => {
    const brief = await startServerProcess({ env: { SESSION_TTL_HOURS: String(1.5 / 3600) } });
    try {
      const response = await new ApiClient(brief.url).post('/api/auth/login', { email: 'observer@demo.test', password: 'demo' });
      expect(response.headers.get('set-cookie')).toMatch(/Max-Age=1;/);
      const observer = await ApiClient.login(brief.url, 'observer@demo.test');
      const [session] = (await observer.json('GET', '/api/me/sessions')).sessions;
      expect(Date.parse(session.expiresAt) - Date.parse(session.createdAt)).toBeLessThanOrEqual(1600);
      await new Promise((r) => setTimeout(r, 1700));
      await expectError(await observer.get('/api/me'), 401);
    } finally {
      await brief.stop();
    }
  });
});

describe('group memberships', () => {
  it('are set by the secretariat, audited, and refuse what is not a member state', async () => {
    const all: Array<{ id: string; kind: string; shortName: string }> = await secretariat.json('GET', '/api/stakeholders/all');
    const au = all.find((s) => s.kind === 'group' && s.shortName !== 'EU' && s.shortName !== 'G77')!;
    const before = await secretariat.json('GET', `/api/admin/groups/${au.id}/members`);
    const members = [...before.members.map((m: { id: string }) => m.id), (await stakeholder('Norway')).id];
    const after = await secretariat.json('PUT', `/api/admin/groups/${au.id}/members`, { memberIds: members });
    expect(after.members.map((m: { shortName: string }) => m.shortName)).toContain('Norway');
    await expectError(await secretariat.put(`/api/admin/groups/${au.id}/members`, { memberIds: [(await stakeholder('IOM')).id] }), 400);
    await expectError(await secretariat.put(`/api/admin/groups/${(await stakeholder('Norway')).id}/members`, { memberIds: [] }), 404);
    expect((await secretariat.json('GET', `/api/admin/groups/${au.id}/members`)).members).toHaveLength(members.length);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE action = 'group.members-set' AND target = ?", au.id)).toBe(1);
  });
});
