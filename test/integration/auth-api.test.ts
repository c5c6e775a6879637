import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';

let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess();
});
afterAll(() => server?.stop());

async function errorOf(response: Response) {
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(typeof body.error.message).toBe('string');
  return body.error;
}

describe('sign-in and sessions', () => {
  it('prints the demo logins on start', () => {
    expect(server.output()).toContain('cofacilitator@demo.test');
    expect(server.output()).toContain('password "demo"');
  });

  it('logs in with a session cookie that is httpOnly and SameSite=Lax', async () => {
    const client = new ApiClient(server.url);
    const response = await client.post('/api/auth/login', { email: 'delegate.eu@demo.test', password: 'demo' });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const me = await client.json('GET', '/api/me');
    expect(me.user.email).toBe('delegate.eu@demo.test');
    expect(me.stakeholder.name).toBe('European Union');
    expect(me.role).toBe('delegate');
    expect(me.capacity).toBe('Claire Dubois — European Union — delegate');
  });

  it('refuses a wrong password with 401 and a clear error', async () => {
    const response = await new ApiClient(server.url).post('/api/auth/login', { email: 'delegate.eu@demo.test', password: 'nope' });
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe('invalid_credentials');
  });

  it('answers /api/me with 401 without a session, and after logout', async () => {
    const anonymous = await new ApiClient(server.url).get('/api/me');
    expect(anonymous.status).toBe(401);
    expect((await errorOf(anonymous)).code).toBe('unauthorized');
    const client = await ApiClient.login(server.url, 'observer@demo.test');
    expect((await client.get('/api/me')).status).toBe(200);
    const session = client.cookie;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    client.cookie = session;
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('answers /api/auth/session with 200 whether signed in or not, and never for a stale or forged cookie', async () => {
    const anonymous = await new ApiClient(server.url).get('/api/auth/session');
    expect(anonymous.status).toBe(200);
    expect(await anonymous.json()).toEqual({ signedIn: false });
    const client = await ApiClient.login(server.url, 'delegate.eu@demo.test');
    const signedIn = await client.json('GET', '/api/auth/session');
    expect(signedIn.signedIn).toBe(true);
    expect(signedIn.me).toEqual(await client.json('GET', '/api/me'));
    const session = client.cookie;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    client.cookie = session;
    expect(await client.json('GET', '/api/auth/session')).toEqual({ signedIn: false });
    client.cookie = 'plenary_session=forged-token';
    expect(await client.json('GET', '/api/auth/session')).toEqual({ signedIn: false });
    const posted = await client.post('/api/auth/session', {});
    expect(posted.status).toBe(404);
  });

  it('rejects state-changing requests from another origin or without Origin (CSRF)', async () => {
    const client = new ApiClient(server.url);
    const foreign = await client.post(
      '/api/auth/login',
      { email: 'observer@demo.test', password: 'demo' },
      { origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);
    expect((await errorOf(foreign)).code).toBe('csrf');
    const bare = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'observer@demo.test', password: 'demo' }),
    });
    expect(bare.status).toBe(403);
  });

  it('answers malformed input with 400 and does not crash', async () => {
    const client = new ApiClient(server.url);
    const badJson = await client.post('/api/auth/login', '{"email": ');
    expect(badJson.status).toBe(400);
    expect((await errorOf(badJson)).code).toBe('invalid_json');
    const wrongTypes = await client.post('/api/auth/login', { email: 42, password: ['x'] });
    expect(wrongTypes.status).toBe(400);
    const error = await errorOf(wrongTypes);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/email/);
    const big = await client.post('/api/auth/login', { email: 'a@b.c', password: 'x'.repeat(2 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect((await errorOf(big)).code).toBe('payload_too_large');
    expect((await ApiClient.login(server.url, 'observer@demo.test')).cookie).not.toBe('');
  });

  it('rate-limits repeated failed logins with 429', async () => {
    const client = new ApiClient(server.url);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await client.post('/api/auth/login', { email: 'agency.ohchr@demo.test', password: `wrong${i}` })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const limited = await client.post('/api/auth/login', { email: 'agency.ohchr@demo.test', password: 'demo' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const response = await new ApiClient(server.url).get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('not_found');
  });
});

describe('account administration', () => {
  const newUser = (email: string) => ({ email, name: 'Test Person', password: 'a-long-password', stakeholderId: 'NOR', role: 'delegate' });

  it('lets the secretariat create an account that can then sign in', async () => {
    const secretariat = await ApiClient.login(server.url, 'secretariat@demo.test');
    const response = await secretariat.post('/api/admin/users', newUser('norway@demo.test'));
    expect(response.status).toBe(201);
    const norway = await ApiClient.login(server.url, 'norway@demo.test', 'a-long-password');
    const me = await norway.json('GET', '/api/me');
    expect(me.capacity).toBe('Test Person — Norway — delegate');
    const duplicate = await secretariat.post('/api/admin/users', newUser('norway@demo.test'));
    expect(duplicate.status).toBe(409);
    const unknownStakeholder = await secretariat.post('/api/admin/users', { ...newUser('x@demo.test'), stakeholderId: 'XXX' });
    expect(unknownStakeholder.status).toBe(400);
    const badRole = await secretariat.post('/api/admin/users', { ...newUser('y@demo.test'), role: 'emperor' });
    expect(badRole.status).toBe(400);
  });

  it("lists in /api/me the groups a delegation belongs to, for tabling on the group's behalf", async () => {
    const secretariat = await ApiClient.login(server.url, 'secretariat@demo.test');
    const created = await secretariat.post('/api/admin/users', { ...newUser('france@demo.test'), stakeholderId: 'FRA' });
    expect(created.status).toBe(201);
    const france = await ApiClient.login(server.url, 'france@demo.test', 'a-long-password');
    const me = await france.json('GET', '/api/me');
    expect(me.groups.map((g: { id: string }) => g.id)).toEqual(['group-eu']);
    const canada = await ApiClient.login(server.url, 'delegate.canada@demo.test');
    expect((await canada.json('GET', '/api/me')).groups).toEqual([]);
  });

  it('forbids everyone else from creating accounts', async () => {
    for (const email of ['delegate.eu@demo.test', 'cofacilitator@demo.test', 'observer@demo.test']) {
      const client = await ApiClient.login(server.url, email);
      const response = await client.post('/api/admin/users', newUser(`${email}.copy@demo.test`));
      expect(response.status).toBe(403);
    }
    expect((await new ApiClient(server.url).post('/api/admin/users', newUser('z@demo.test'))).status).toBe(401);
  });
});
