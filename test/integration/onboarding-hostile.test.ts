import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { openRawSyncSocket, type RawSyncSocket } from '../support/raw-sync-socket.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { eventually } from '../support/sync-client.ts';
import { expectError, openDatabase, openEventStream } from './proposals-fixtures.ts';

/**
 * The onboarding API attacked: a secretariat of another process, racing and replayed links, hostile CSV files,
 * people taken out or moved while connected.
 */
const STRONG = 'orderly-migration-corridor-7';
let server: ServerProcess;
let secretariat: ApiClient;
/** The secretariat of process B only, brought in by an invitation: it takes no part in GCM. */
let evil: ApiClient;
let processB: string;
const ids: Record<string, string> = {};
const open: Array<RawSyncSocket | { close(): void }> = [];

const tokenOf = (link: string) => link.split('/invitations/')[1]!;
const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} after ${ms} ms`)), ms))]);

function rows(sql: string, ...params: unknown[]): any[] {
  const db = openDatabase(server);
  try {
    return db.prepare(sql).all(...params);
  } finally {
    db.close();
  }
}
const count = (sql: string, ...params: unknown[]) => (rows(sql, ...params)[0] as { n: number }).n;
const footprint = () =>
  ['processes', 'documents', 'invitations', 'memberships', 'users', 'group_members'].map((t) => count(`SELECT count(*) AS n FROM ${t}`));

async function invite(body: Record<string, unknown>, by = secretariat) {
  const response = await by.post('/api/admin/invitations', body);
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as { id: string; link: string };
}

beforeAll(async () => {
  server = await startServerProcess({ env: { SYNC_KEEPALIVE_MS: '600000' } });
  secretariat = await ApiClient.login(server.url, 'secretariat@demo.test');
  for (const s of await secretariat.json('GET', '/api/stakeholders/all')) ids[s.shortName] = s.id;
  for (const p of (await secretariat.json('GET', '/api/admin/participants')).participants) ids[p.email] = p.userId;
  processB = (await secretariat.json('POST', '/api/admin/processes', { title: 'Process B', shortTitle: 'PB' })).process.id;
  // The secretariat of process B only, and the GCM co-facilitator observing B with the account that holds GCM's pen.
  const joinB = async (client: ApiClient, password: string, terms: Record<string, string>) => {
    const { link } = await invite({ ...terms, processId: processB });
    expect((await client.post(`/api/invitations/${tokenOf(link)}/accept`, { password })).status).toBe(200);
  };
  evil = new ApiClient(server.url);
  await joinB(evil, STRONG, { email: 'evil@example.org', name: 'Eve Vil', stakeholderId: 'secretariat', role: 'secretariat' });
  await joinB(new ApiClient(server.url), 'demo', {
    email: 'cofacilitator@demo.test',
    name: 'A',
    stakeholderId: ids['Mexico']!,
    role: 'observer',
  });
});
afterEach(() => {
  for (const c of open.splice(0)) {
    if ('ws' in c) c.ws.terminate();
    else c.close();
  }
});
afterAll(() => server?.stop());

describe('a secretariat of another process', () => {
  it("reaches none of GCM's people, links or documents, and stores nothing", async () => {
    const pending = await invite({ email: 'target@example.org', name: 'Tar Get', stakeholderId: ids['Chile'], role: 'delegate' });
    const before = footprint();
    const self = { email: 'evil@example.org', name: 'E', stakeholderId: 'secretariat', role: 'secretariat' };
    const refused: Array<[number, string, string, unknown?]> = [
      [403, 'GET', '/api/admin/participants?processId=gcm'],
      [403, 'POST', `/api/admin/invitations/${pending.id}/revoke`, {}],
      [404, 'POST', `/api/admin/users/${ids['delegate.eu@demo.test']}/deactivate`, {}],
      [404, 'POST', `/api/admin/users/${ids['delegate.eu@demo.test']}/password-reset`, {}],
      [403, 'POST', `/api/admin/users/${ids['delegate.eu@demo.test']}/deactivate?processId=gcm`, {}],
      [
        403,
        'PUT',
        `/api/admin/users/${ids['delegate.eu@demo.test']}/membership`,
        { stakeholderId: 'secretariat', role: 'secretariat', processId: 'gcm' },
      ],
      [403, 'POST', '/api/admin/invitations/preview', { csv: 'email,name,stakeholder,role', processId: 'gcm' }],
      [403, 'POST', '/api/admin/invitations/batch', { rows: [self], processId: 'gcm' }],
      [403, 'POST', '/api/admin/invitations', { ...self, processId: 'gcm' }],
      [403, 'GET', '/api/documents/gcm-compact'],
    ];
    for (const [status, method, path, body] of refused) await expectError(await evil.request(method, path, body), status);
    expect(footprint()).toEqual(before);
    expect((await new ApiClient(server.url).json('GET', `/api/invitations/${tokenOf(pending.link)}`)).email).toBe('target@example.org');
  });

  it('cannot change which states the EU speaks for in GCM (groups are shared by every process)', async () => {
    const original = (await secretariat.json('GET', `/api/admin/groups/${ids['EU']}/members`)).members.map((m: { id: string }) => m.id);
    const response = await evil.put(`/api/admin/groups/${ids['EU']}/members`, { memberIds: [...original, ids['Canada']] });
    try {
      const canada = await ApiClient.login(server.url, 'delegate.canada@demo.test');
      expect((await canada.json('GET', '/api/me')).groups.map((g: { shortName: string }) => g.shortName)).not.toContain('EU');
      expect(response.status).toBe(403);
    } finally {
      await secretariat.put(`/api/admin/groups/${ids['EU']}/members`, { memberIds: original });
    }
  });

  it('cannot lock the GCM co-facilitator out of GCM by deactivating the account from process B', async () => {
    await expectError(await evil.post(`/api/admin/users/${ids['cofacilitator@demo.test']}/deactivate`), 403);
    try {
      const cofac = await new ApiClient(server.url).post('/api/auth/login', { email: 'cofacilitator@demo.test', password: 'demo' });
      expect(cofac.status, 'the GCM co-facilitator was signed out of GCM by another process').toBe(200);
    } finally {
      await secretariat.post(`/api/admin/users/${ids['cofacilitator@demo.test']}/reactivate`);
    }
  });
});

describe('opening a process', () => {
  it('a co-facilitator refused because they already take part (the creator) leaves no process behind', async () => {
    const before = footprint();
    const response = await secretariat.post('/api/admin/processes', {
      title: 'Self-invited',
      shortTitle: 'SELF',
      cofacilitators: [{ email: 'secretariat@demo.test', name: 'Amina Diallo', stakeholderId: ids['Mexico'] }],
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(footprint(), 'a refused process was stored with its compact').toEqual(before);
  });
});

describe('a link under attack', () => {
  it('accepted many times at once makes one account and one membership', async () => {
    const { link } = await invite({ email: 'racer@example.org', name: 'Ra Cer', stakeholderId: ids['Chile'], role: 'delegate' });
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => new ApiClient(server.url).post(`/api/invitations/${tokenOf(link)}/accept`, { password: STRONG })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 403, 403, 403]);
    expect(count("SELECT count(*) AS n FROM users WHERE email = 'racer@example.org'")).toBe(1);
    expect(count("SELECT count(*) AS n FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'racer@example.org'")).toBe(1);
    expect(
      count(
        "SELECT count(*) AS n FROM audit_log a JOIN users u ON u.id = a.user_id WHERE a.action = 'invitation.accept' AND u.email = 'racer@example.org'",
      ),
    ).toBe(1);
  });

  it('from two processes to one new address, accepted at once, makes one account; the other link then wants its password', async () => {
    const gcm = await invite({ email: 'twin@example.org', name: 'Twin', stakeholderId: ids['Chile'], role: 'delegate' });
    const b = await invite({ email: 'twin@example.org', name: 'Twin', stakeholderId: ids['Chile'], role: 'observer', processId: processB });
    const links = [gcm.link, b.link];
    const answers = await Promise.all(
      links.map((l) => new ApiClient(server.url).post(`/api/invitations/${tokenOf(l)}/accept`, { password: STRONG })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(count("SELECT count(*) AS n FROM users WHERE email = 'twin@example.org'")).toBe(1);
    const loser = links[answers.findIndex((a) => a.status === 409)]!;
    expect((await new ApiClient(server.url).post(`/api/invitations/${tokenOf(loser)}/accept`, { password: STRONG })).status).toBe(200);
    expect(count("SELECT count(*) AS n FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'twin@example.org'")).toBe(2);
  });

  it('never has its token stored, audited, listed or logged', async () => {
    const join = await invite({ email: 'quiet@example.org', name: 'Qui Et', stakeholderId: ids['Chile'], role: 'delegate' });
    const reset = await secretariat.json('POST', `/api/admin/users/${ids['observer@demo.test']}/password-reset`);
    const tokens = [tokenOf(join.link), tokenOf(reset.link)];
    const tables = rows("SELECT name FROM sqlite_master WHERE type = 'table'").map((t: { name: string }) => t.name);
    const everything = tables.map((t) => JSON.stringify(rows(`SELECT * FROM "${t}"`))).join('\n');
    const listing = JSON.stringify(await secretariat.json('GET', '/api/admin/participants'));
    for (const token of tokens) {
      expect(everything).not.toContain(token);
      expect(listing).not.toContain(token);
      expect(server.output()).not.toContain(token);
    }
  });

  it('issued before a person was taken out does not let them back in, and is not used up', async () => {
    const ohchr = ids['agency.ohchr@demo.test']!;
    const join = await invite({
      email: 'agency.ohchr@demo.test',
      name: 'Kwame Mensah',
      stakeholderId: ids['OHCHR'],
      role: 'observer',
      processId: processB,
    });
    const reset = await secretariat.json('POST', `/api/admin/users/${ohchr}/password-reset`);
    expect((await secretariat.post(`/api/admin/users/${ohchr}/deactivate`)).status).toBe(200);
    const before = footprint();
    await expectError(await new ApiClient(server.url).post(`/api/invitations/${tokenOf(join.link)}/accept`, { password: 'demo' }), 403);
    await expectError(await new ApiClient(server.url).post(`/api/invitations/${tokenOf(reset.link)}/accept`, { password: STRONG }), 403);
    await expectError(await secretariat.post(`/api/admin/users/${ohchr}/password-reset`), 409);
    expect(footprint()).toEqual(before);
    expect(count('SELECT count(*) AS n FROM invitations WHERE id IN (?, ?) AND accepted_at IS NULL', join.id, reset.id)).toBe(2);
    expect((await secretariat.post(`/api/admin/users/${ohchr}/reactivate`)).status).toBe(200);
    await ApiClient.login(server.url, 'agency.ohchr@demo.test', 'demo');
  });
});

describe('people moved or taken out while connected', () => {
  it("a capacity change closes that person's sockets with 4410 and tells only them; others stay connected and untold", async () => {
    const iom = await ApiClient.login(server.url, 'agency.iom@demo.test');
    const observer = await ApiClient.login(server.url, 'observer@demo.test');
    const [iomSocket, observerSocket] = await Promise.all([
      openRawSyncSocket(server.url, 'gcm-compact', iom.cookie),
      openRawSyncSocket(server.url, 'gcm-compact', observer.cookie),
    ]);
    const [iomStream, observerStream] = await Promise.all([openEventStream(server, iom), openEventStream(server, observer)]);
    open.push(iomSocket, observerSocket, iomStream, observerStream);
    const userId = ids['agency.iom@demo.test'];
    expect(
      (await secretariat.put(`/api/admin/users/${userId}/membership`, { stakeholderId: ids['IOM'], role: 'agency-contributor' })).status,
    ).toBe(200);
    expect((await within(iomSocket.closed, 2000, 'socket still open')).code).toBe(4410);
    await eventually(() => expect(iomStream.events.map((e) => e.type)).toContain('membership.changed'));
    await new Promise((r) => setTimeout(r, 300));
    expect(observerSocket.ws.readyState).toBe(observerSocket.ws.OPEN);
    expect(observerStream.events.map((e) => e.type)).not.toContain('membership.changed');
    expect(
      (await secretariat.put(`/api/admin/users/${userId}/membership`, { stakeholderId: ids['IOM'], role: 'agency-lead' })).status,
    ).toBe(200);
  });

  it('deactivation ends their event stream at once, not only their sockets', async () => {
    const who = await ApiClient.login(server.url, 'agency.who@demo.test');
    const response = await fetch(`${server.url}/api/events`, { headers: { cookie: who.cookie } });
    const reader = response.body!.getReader();
    await reader.read(); // the ready message
    const ended = (async () => {
      for (;;) if ((await reader.read()).done) return true;
    })();
    expect((await secretariat.post(`/api/admin/users/${ids['agency.who@demo.test']}/deactivate`)).status).toBe(200);
    try {
      expect(await within(ended, 2000, 'event stream still open')).toBe(true);
    } finally {
      await secretariat.post(`/api/admin/users/${ids['agency.who@demo.test']}/reactivate`);
    }
  });
});

describe('a hostile CSV file', () => {
  it('is answered row by row, never with a server error, and stores nothing', async () => {
    const before = footprint();
    const files = [
      'email,name,stakeholder,role\n"unterminated@example.org,Name,CAN,delegate',
      'email,name,stakeholder,role\nproto@example.org,Proto,__proto__,constructor\nx@example.org,toString,hasOwnProperty,valueOf',
      'email,name,stakeholder,role,email,role\n,,,,,\n;;;;\n"""",",",\u0000,\u0000',
      'email,name,stakeholder,role\n' + `a@example.org,${'x'.repeat(300_000)},CAN,delegate`,
      'email,name,stakeholder,role\n' + Array.from({ length: 1001 }, (_, i) => `p${i}@example.org,P ${i},CAN,delegate`).join('\n'),
      'email,name,stakeholder,role\n=cmd|" /C calc"!A0@example.org,=HYPERLINK("http://evil.example"),CAN,delegate',
      '\uFEFF\r\r\n\n',
    ];
    for (const csv of files) {
      const response = await secretariat.post('/api/admin/invitations/preview', { csv });
      expect(response.status, csv.slice(0, 60)).toBe(200);
      const reading = await response.json();
      expect(
        reading.fileErrors.length + reading.rows.filter((r: { errors: string[] }) => r.errors.length > 0).length,
        csv.slice(0, 60),
      ).toBeGreaterThan(0);
    }
    expect(footprint()).toEqual(before);
  });

  it('the preview refuses a name that the invitation itself refuses (two lines, or nothing visible)', async () => {
    const csv = 'email,name,stakeholder,role\n"two@example.org","Two\nLines",CAN,delegate\nblank@example.org,\u200B,CAN,delegate';
    const preview = await secretariat.json('POST', '/api/admin/invitations/preview', { csv });
    // The batch refuses both rows (400): a preview that passes them promises what the confirm step then refuses.
    const batch = await secretariat.post('/api/admin/invitations/batch', {
      rows: preview.rows.map((r: { email: string; name: string }) => ({
        email: r.email,
        name: r.name,
        stakeholderId: ids['Canada'],
        role: 'delegate',
      })),
    });
    expect(batch.status).toBe(400);
    expect(preview.rows.map((r: { errors: string[] }) => r.errors.length > 0)).toEqual([true, true]);
  });
});

describe('a password link from a secretariat of another process', () => {
  // Last: when it succeeds, it changes the co-facilitator's password.
  it('does not let it sign in as the GCM co-facilitator (the link is handed to the secretariat, not the person)', async () => {
    await expectError(await evil.post(`/api/admin/users/${ids['cofacilitator@demo.test']}/password-reset`), 403);
    await ApiClient.login(server.url, 'cofacilitator@demo.test');
    // Nor for the secretariat that brought it in.
    await expectError(await evil.post(`/api/admin/users/${ids['secretariat@demo.test']}/password-reset`), 403);
  });
});
