import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { browserUpgradeHeaders } from '../support/sync-client.ts';
import WebSocket from 'ws';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createOtherProcessCompact, expectError, loginAll, openDatabase, type Who } from './proposals-fixtures.ts';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let server: ServerProcess;
let as: Record<Who, ApiClient>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
  const list = await as.secretariat.json('GET', '/api/admin/participants');
  for (const p of list.participants as Array<{ email: string; userId: string }>) ids[p.email] = p.userId;
  const all: Array<{ id: string; shortName: string }> = await as.secretariat.json('GET', '/api/stakeholders/all');
  for (const s of all) ids[s.shortName] = s.id;
  createOtherProcessCompact(server);
});
afterAll(() => server?.stop());

/** Every table a refused request could have written to, counted. */
function footprint() {
  const db = openDatabase(server);
  try {
    const tables = ['processes', 'documents', 'invitations', 'memberships', 'users', 'group_members', 'user_identities'];
    return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

const NOT_SECRETARIAT: Who[] = ['cofacilitator', 'eu', 'canada', 'iom', 'unicef', 'observer'];

describe('only the secretariat manages the process', () => {
  const person = () => ({ email: 'someone@example.org', name: 'Some One', stakeholderId: ids['Canada'], role: 'delegate' });
  const routes = (): Array<[string, string, unknown]> => [
    ['POST', '/api/admin/processes', { title: 'Mine', shortTitle: 'MINE' }],
    ['GET', '/api/admin/participants', undefined],
    ['POST', '/api/admin/invitations', person()],
    ['POST', '/api/admin/invitations/preview', { csv: 'email,name,stakeholder,role\nsomeone@example.org,Some One,CAN,delegate' }],
    ['POST', '/api/admin/invitations/batch', { rows: [person()] }],
    ['POST', `/api/admin/users/${ids['secretariat@demo.test']}/deactivate`, {}],
    ['POST', `/api/admin/users/${ids['delegate.eu@demo.test']}/deactivate`, {}],
    ['POST', `/api/admin/users/${ids['delegate.eu@demo.test']}/reactivate`, {}],
    ['POST', `/api/admin/users/${ids['delegate.eu@demo.test']}/password-reset`, {}],
    ['PUT', `/api/admin/users/${ids['delegate.canada@demo.test']}/membership`, { stakeholderId: ids['Mexico'], role: 'cofacilitator' }],
    ['GET', `/api/admin/groups/${ids['EU']}/members`, undefined],
    ['PUT', `/api/admin/groups/${ids['EU']}/members`, { memberIds: [] }],
    ['POST', '/api/admin/users', { ...person(), password: 'orderly-migration-corridor-7' }],
  ];

  it('answers 403 to every other capacity on every admin route, a co-facilitator deactivating the secretariat included, and stores nothing', async () => {
    const before = footprint();
    for (const who of NOT_SECRETARIAT) {
      for (const [method, path, body] of routes()) {
        const response = await as[who].request(method, path, body);
        expect(response.status, `${who} ${method} ${path}`).toBe(403);
      }
    }
    expect(footprint()).toEqual(before);
    // The secretariat's account and the EU delegate are untouched: both still sign in.
    await ApiClient.login(server.url, 'secretariat@demo.test');
    await ApiClient.login(server.url, 'delegate.eu@demo.test');
  });

  it('answers 401 to someone not signed in, on the admin routes and on their own sessions', async () => {
    const stranger = new ApiClient(server.url);
    for (const [method, path, body] of routes()) expect((await stranger.request(method, path, body)).status, `${method} ${path}`).toBe(401);
    expect((await stranger.get('/api/me/sessions')).status).toBe(401);
    expect((await stranger.request('PUT', '/api/me/process', { processId: 'gcm' })).status).toBe(401);
  });

  it('refuses requests from another site (no or foreign Origin) before anything else', async () => {
    const before = footprint();
    const cookie = as.secretariat.cookie;
    for (const origin of [undefined, 'https://attacker.example']) {
      const response = await fetch(`${server.url}/api/admin/invitations`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', ...(origin ? { origin } : {}) },
        body: JSON.stringify({ email: 'csrf@example.org', name: 'C', stakeholderId: ids['Canada'], role: 'delegate' }),
      });
      expect(response.status).toBe(403);
    }
    expect(footprint()).toEqual(before);
  });
});

describe('the secretariat acts within its own process, and not on itself', () => {
  it('refuses to change or take out its own account', async () => {
    const self = ids['secretariat@demo.test'];
    for (const [method, path, body] of [
      ['POST', `/api/admin/users/${self}/deactivate`, {}],
      ['POST', `/api/admin/users/${self}/password-reset`, {}],
      ['PUT', `/api/admin/users/${self}/membership`, { stakeholderId: ids['Mexico'], role: 'cofacilitator' }],
    ] as const) {
      const error = await expectError(await as.secretariat.request(method, path, body), 403);
      expect(error.message).toMatch(/own account/);
    }
  });

  it('gives no new password link for a fellow member of the secretariat, which whoever holds it could sign in with', async () => {
    const created = await as.secretariat.json('POST', '/api/admin/invitations', {
      email: 'second.secretariat@example.org',
      name: 'Second Member',
      stakeholderId: 'secretariat',
      role: 'secretariat',
    });
    const second = new ApiClient(server.url);
    expect(
      (await second.post(`/api/invitations/${created.link.split('/invitations/')[1]}/accept`, { password: 'orderly-migration-corridor-7' }))
        .status,
    ).toBe(200);
    const before = footprint();
    const error = await expectError(await second.post(`/api/admin/users/${ids['secretariat@demo.test']}/password-reset`), 403);
    expect(error.message).toMatch(/operator/);
    expect(footprint()).toEqual(before);
    // It may still reset a delegate's.
    expect((await second.post(`/api/admin/users/${ids['delegate.eu@demo.test']}/password-reset`)).status).toBe(201);

    // The operator gives the member of the secretariat its link from the shell.
    const { stdout } = await run('npx', ['tsx', 'src/cli/admin.ts', 'password-link', '--email', 'secretariat@demo.test'], {
      cwd: path.join(root, 'server'),
      env: { ...process.env, DATA_DIR: server.dataDir, PUBLIC_ORIGIN: server.origin },
    });
    const link = stdout.split('\n')[0]!;
    expect(link).toMatch(new RegExp(`^${server.origin}/invitations/`));
    const fresh = new ApiClient(server.url);
    expect(
      (await fresh.post(`/api/invitations/${link.split('/invitations/')[1]}/accept`, { password: 'orderly-migration-corridor-9' })).status,
    ).toBe(200);
    as.secretariat = fresh;
  });

  it('answers 403 for a process it takes no part in, and 404 for a person who takes no part in its own', async () => {
    const before = footprint();
    await expectError(await as.secretariat.get('/api/admin/participants?processId=other'), 403);
    await expectError(
      await as.secretariat.post('/api/admin/invitations', {
        email: 'x@example.org',
        name: 'X',
        stakeholderId: ids['Canada'],
        role: 'delegate',
        processId: 'other',
      }),
      403,
    );
    await expectError(await as.secretariat.request('PUT', '/api/me/process', { processId: 'other' }), 403);
    for (const id of ['no-such-user', ids['Canada']!]) {
      await expectError(await as.secretariat.post(`/api/admin/users/${id}/deactivate`), 404);
      await expectError(
        await as.secretariat.put(`/api/admin/users/${id}/membership`, { stakeholderId: ids['Canada'], role: 'delegate' }),
        404,
      );
    }
    await expectError(await as.secretariat.post('/api/admin/invitations/no-such-invitation/revoke'), 404);
    await expectError(await as.secretariat.get(`/api/admin/groups/${ids['Canada']}/members`), 404);
    expect(footprint()).toEqual(before);
  });
});

describe('malformed input is refused with a clear 400 and stores nothing', () => {
  it('on every admin body', async () => {
    const before = footprint();
    const cases: Array<[string, string, unknown]> = [
      ['POST', '/api/admin/processes', {}],
      ['POST', '/api/admin/processes', { title: 'x'.repeat(301), shortTitle: 'X' }],
      ['POST', '/api/admin/processes', { title: 'T', shortTitle: 'S', briefs: 'none' }],
      ['POST', '/api/admin/processes', { title: 'T', shortTitle: 'S', cofacilitators: [{ email: 'nope' }] }],
      ['POST', '/api/admin/invitations', { email: 'a@b.org' }],
      ['POST', '/api/admin/invitations/preview', { csv: 42 }],
      ['POST', '/api/admin/invitations/batch', { rows: [] }],
      ['POST', '/api/admin/invitations/batch', { rows: 'all' }],
      ['PUT', `/api/admin/users/${ids['delegate.eu@demo.test']}/membership`, { stakeholderId: ids['EU'], role: 'emperor' }],
      ['PUT', `/api/admin/groups/${ids['EU']}/members`, { memberIds: 'FRA' }],
      ['PUT', `/api/admin/groups/${ids['EU']}/members`, { memberIds: ['no-such-state'] }],
      ['PUT', '/api/me/process', {}],
    ];
    for (const [method, path, body] of cases) {
      const error = await expectError(await as.secretariat.request(method, path, body), 400);
      expect(error.message.length, `${method} ${path}`).toBeGreaterThan(5);
    }
    const notJson = await as.secretariat.request('POST', '/api/admin/invitations', '{"email":', { 'content-type': 'application/json' });
    expect(notJson.status).toBe(400);
    const tooBig = await as.secretariat.post('/api/admin/invitations/preview', { csv: 'a'.repeat(1_100_000) });
    expect([400, 413]).toContain(tooBig.status);
    expect(footprint()).toEqual(before);
  });

  it('on an invitation link, whatever its token looks like', async () => {
    const stranger = new ApiClient(server.url);
    for (const token of ['short', 'x'.repeat(43), '%00'.repeat(20), 'a'.repeat(500)]) {
      expect((await stranger.get(`/api/invitations/${token}`)).status, token).toBe(404);
      expect((await stranger.post(`/api/invitations/${token}/accept`, { password: 'orderly-migration-corridor-7' })).status).toBe(404);
    }
    const created = await as.secretariat.json('POST', '/api/admin/invitations', {
      email: 'hostile@example.org',
      name: 'Hostile',
      stakeholderId: ids['Chile'],
      role: 'delegate',
    });
    const token = created.link.split('/invitations/')[1];
    for (const body of [{}, { password: 42 }, { password: 'p'.repeat(2000) }]) {
      expect((await stranger.post(`/api/invitations/${token}/accept`, body)).status).toBe(400);
    }
    // None of that used the link.
    expect((await stranger.post(`/api/invitations/${token}/accept`, { password: 'orderly-migration-corridor-7' })).status).toBe(200);
  });
});

describe('a deactivated person', () => {
  it('cannot open a socket or an event stream with a session opened before', async () => {
    const who = await ApiClient.login(server.url, 'agency.who@demo.test');
    await as.secretariat.post(`/api/admin/users/${ids['agency.who@demo.test']}/deactivate`);
    const upgrade = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/sync/gcm-compact`, {
        headers: browserUpgradeHeaders(server.url, who.cookie),
      });
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
    });
    expect(upgrade).toBe(401);
    expect((await fetch(`${server.url}/api/events`, { headers: { cookie: who.cookie } })).status).toBe(401);
    await as.secretariat.post(`/api/admin/users/${ids['agency.who@demo.test']}/reactivate`);
    // Reactivation lets them sign in again; the old session stays ended.
    expect((await who.get('/api/me')).status).toBe(401);
    await ApiClient.login(server.url, 'agency.who@demo.test');
  });
});
