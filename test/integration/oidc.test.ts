import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { ApiClient } from '../support/api-client.ts';
import { launchBrowser } from '../support/browser.ts';
import { DEMO_EMAILS } from '../support/demo-accounts.ts';
import { startOidcProvider, type ProviderAccount, type TestOidcProvider } from '../support/oidc-provider.ts';
import { openServerDatabase } from '../support/server-database.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';

const CLIENT = { client_id: 'plenary', client_secret: 'plenary-test-secret' };
const CALLBACK_PATH = '/api/auth/oidc/callback';

/** The provider's people, by the login name typed on its sign-in form (which is also their `sub`). */
const ACCOUNTS: Record<string, ProviderAccount> = {
  'new-person': { email: 'new.person@example.org', emailVerified: true, name: 'New Person' },
  canada: { email: DEMO_EMAILS.canada, emailVerified: true, name: 'Canada delegate' },
  eu: { email: DEMO_EMAILS.eu, emailVerified: true, name: 'EU delegate' },
  g77: { email: DEMO_EMAILS.g77, emailVerified: true, name: 'G77 delegate' },
  observer: { email: DEMO_EMAILS.observer, emailVerified: true, name: 'Observer' },
  stranger: { email: 'stranger@example.org', emailVerified: true, name: 'Nobody Invited' },
  invitee: { email: 'invitee@example.org', emailVerified: true, name: 'Invited Through The Page' },
  unverified: { email: DEMO_EMAILS.cofacilitator, emailVerified: false, name: 'Claims an address' },
};

let provider: TestOidcProvider;
/** OIDC and passwords both on. */
let server: ServerProcess;
/** OIDC only (`PASSWORD_SIGN_IN=off`). */
let oidcOnly: ServerProcess;
let browser: Browser;
let secretariat: ApiClient;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  provider = await startOidcProvider(ACCOUNTS);
  const oidcEnv = {
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: CLIENT.client_id,
    OIDC_CLIENT_SECRET: CLIENT.client_secret,
    OIDC_NAME: 'Test ID',
  };
  server = await startServerProcess({ env: oidcEnv });
  oidcOnly = await startServerProcess({ env: { ...oidcEnv, PASSWORD_SIGN_IN: 'off' } });
  // The provider answers only now, when the servers' callback URLs are known.
  provider.serve([
    {
      ...CLIENT,
      redirect_uris: [server, oidcOnly].map((s) => `${s.origin}${CALLBACK_PATH}`),
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ]);
  browser = await launchBrowser();
  secretariat = await ApiClient.login(server.url, DEMO_EMAILS.secretariat);
});
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await Promise.all([server?.stop(), oidcOnly?.stop()]);
  await provider?.close();
});

async function newContext(target: ServerProcess): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: target.url });
  // The provider's development pages load a web font: this machine has no way out.
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  contexts.push(context);
  return context;
}

interface Flow {
  context: BrowserContext;
  page: Page;
  /** Where the sign-in ended, back on the server under test. */
  landed: URL;
}

/**
 * Signs in as a person would: opens the start URL, types the login name on the provider's form, consents, and
 * follows the redirects back. `prepare` may intercept requests on the page first.
 */
async function throughProvider(
  login: string,
  start: string,
  options: { target?: ServerProcess; prepare?: (page: Page) => Promise<unknown> | void; viaButton?: boolean } = {},
): Promise<Flow> {
  const target = options.target ?? server;
  const context = await newContext(target);
  const page = await context.newPage();
  await options.prepare?.(page);
  await page.goto(start);
  // From one of the app's pages (sign-in, invitation): its "Sign in with …" button.
  if (options.viaButton) await page.getByRole('link', { name: 'Sign in with Test ID' }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('whatever');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.origin === target.origin && !url.pathname.startsWith('/api/'));
  return { context, page, landed: new URL(page.url()) };
}

/** The provider's consent form being sent: its answer leads, a few redirects on, to the server's callback. */
const isConsent = (request: Request) =>
  request.method() === 'POST' &&
  new URL(request.url()).pathname.startsWith('/interaction/') &&
  (request.postData() ?? '').includes('prompt=consent');

/**
 * Sends the navigation request that `match` picks, follows its redirects outside the browser up to the one whose
 * Location `leadsTo` picks, and hands the browser that redirect with its Location rewritten. A browser route sees
 * only the first request of a navigation, never the redirects after it: this tampers with one further down.
 */
function rewriteRedirect(match: (request: Request) => boolean, leadsTo: (location: URL) => boolean, rewrite: (location: URL) => void) {
  return (page: Page) =>
    page.route('**/*', async (route) => {
      if (!match(route.request())) return route.fallback();
      let response = await route.fetch({ maxRedirects: 0 });
      let location = new URL(response.headers()['location']!, route.request().url());
      for (let hops = 0; !leadsTo(location); hops++) {
        if (hops === 5) throw new Error(`No redirect led where expected; the last went to ${location.href}`);
        // The context's own request client: the cookies each redirect sets are the browser's.
        response = await page.context().request.get(location.href, { maxRedirects: 0 });
        location = new URL(response.headers()['location']!, location);
      }
      rewrite(location);
      return route.fulfill({ status: 303, headers: { location: location.href } });
    });
}

const signInError = (flow: Flow) => flow.landed.searchParams.get('signInError');

async function sessionOf(context: BrowserContext) {
  const response = await context.request.get('/api/auth/session');
  expect(response.status()).toBe(200);
  return (await response.json()) as { signedIn: boolean; me?: any };
}

function query<T = any>(target: ServerProcess, sql: string, ...params: unknown[]): T[] {
  const db = openServerDatabase(target.dataDir);
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const identitiesOf = (target: ServerProcess, email: string) =>
  query<{ issuer: string; subject: string; email: string }>(
    target,
    'SELECT i.issuer, i.subject, i.email FROM user_identities i JOIN users u ON u.id = i.user_id WHERE u.email = ?',
    email,
  );

/** A loopback port nothing listens on (it was free a moment ago). */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function stakeholderId(shortName: string): Promise<string> {
  const all = await secretariat.json<Array<{ id: string; shortName: string }>>('GET', '/api/stakeholders/all');
  return all.find((s) => s.shortName === shortName)!.id;
}

async function participantId(email: string): Promise<string> {
  const { participants } = await secretariat.json('GET', '/api/admin/participants');
  return participants.find((p: { email: string }) => p.email === email).userId;
}

describe('sign-in through the identity provider', () => {
  it('accepts an invitation for the address the provider vouches for, and links the identity for later sign-ins', async () => {
    const invited = await secretariat.post('/api/admin/invitations', {
      email: 'new.person@example.org',
      name: 'New Person',
      stakeholderId: await stakeholderId('Canada'),
      role: 'delegate',
    });
    expect(invited.status, await invited.clone().text()).toBe(201);
    const token = ((await invited.json()) as { link: string }).link.split('/invitations/')[1]!;

    const first = await throughProvider('new-person', `/api/auth/oidc/start?invitation=${token}&returnTo=/elsewhere`);
    expect(first.landed.pathname).toBe('/');
    const session = await sessionOf(first.context);
    expect(session.signedIn).toBe(true);
    expect(session.me).toMatchObject({
      user: { email: 'new.person@example.org', name: 'New Person' },
      role: 'delegate',
      stakeholder: { shortName: 'Canada' },
      process: { id: 'gcm' },
    });
    expect(identitiesOf(server, 'new.person@example.org')).toEqual([
      { issuer: provider.issuer, subject: 'new-person', email: 'new.person@example.org' },
    ]);
    expect(query(server, 'SELECT password_hash AS hash FROM users WHERE email = ?', 'new.person@example.org')).toEqual([{ hash: '' }]);
    expect(
      query(server, 'SELECT method FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = ?', 'new.person@example.org'),
    ).toEqual([{ method: 'oidc' }]);
    const logins = query<{ details: string }>(
      server,
      "SELECT a.details FROM audit_log a JOIN users u ON u.id = a.user_id WHERE u.email = ? AND a.action = 'auth.login'",
      'new.person@example.org',
    );
    expect(logins.map((row) => JSON.parse(row.details))).toEqual([{ method: 'oidc' }]);

    // The link is spent: accepting it again, with a password, is refused.
    const again = await new ApiClient(server.url).post(`/api/invitations/${token}/accept`, { password: 'orderly-migration-corridor-7' });
    expect(again.status).toBe(403);

    // Later, without the link, the linked identity signs them in, and they land where they asked to go.
    const later = await throughProvider('new-person', '/api/auth/oidc/start?returnTo=/documents/gcm-compact');
    expect(later.landed.pathname).toBe('/documents/gcm-compact');
    expect((await sessionOf(later.context)).me).toMatchObject({ user: { email: 'new.person@example.org' }, role: 'delegate' });
    expect(identitiesOf(server, 'new.person@example.org')).toHaveLength(1);
  });

  it("is reached from the invitation page's button, and from the sign-in page's, which says why a refusal happened", async () => {
    const invited = await secretariat.json('POST', '/api/admin/invitations', {
      email: 'invitee@example.org',
      name: 'Invited Through The Page',
      stakeholderId: await stakeholderId('Chile'),
      role: 'delegate',
    });
    const fromInvitation = await throughProvider('invitee', `/invitations/${invited.link.split('/invitations/')[1]}`, { viaButton: true });
    expect(fromInvitation.landed.pathname).toBe('/');
    await fromInvitation.page.getByText('Invited Through The Page — Chile — delegate').first().waitFor();

    const refused = await throughProvider('stranger', '/login', { viaButton: true });
    expect(signInError(refused)).toBe('unknown-identity');
    await refused.page.getByText('No account is invited under this identity').waitFor();
  });

  it('links an existing account whose address the provider vouches for', async () => {
    const flow = await throughProvider('canada', '/api/auth/oidc/start?returnTo=//evil.example/');
    expect(flow.landed.pathname).toBe('/');
    expect((await sessionOf(flow.context)).me).toMatchObject({ user: { email: DEMO_EMAILS.canada }, stakeholder: { shortName: 'Canada' } });
    expect(identitiesOf(server, DEMO_EMAILS.canada)).toEqual([{ issuer: provider.issuer, subject: 'canada', email: DEMO_EMAILS.canada }]);
  });

  it('refuses an identity nobody invited, and creates no account', async () => {
    const usersBefore = query(server, 'SELECT count(*) AS n FROM users');
    const flow = await throughProvider('stranger', '/api/auth/oidc/start');
    expect(flow.landed.pathname).toBe('/login');
    expect(signInError(flow)).toBe('unknown-identity');
    expect((await sessionOf(flow.context)).signedIn).toBe(false);
    expect(query(server, 'SELECT count(*) AS n FROM users')).toEqual(usersBefore);
    expect(query(server, 'SELECT * FROM user_identities WHERE subject = ?', 'stranger')).toEqual([]);
    const { participants } = await secretariat.json('GET', '/api/admin/participants');
    expect(participants.map((p: { email: string }) => p.email)).not.toContain('stranger@example.org');
  });

  it('refuses an address the provider does not vouch for, even an existing account', async () => {
    const flow = await throughProvider('unverified', '/api/auth/oidc/start');
    expect(signInError(flow)).toBe('email-unverified');
    expect((await sessionOf(flow.context)).signedIn).toBe(false);
    expect(identitiesOf(server, DEMO_EMAILS.cofacilitator)).toEqual([]);
  });

  it('refuses a tampered state, and a callback used twice', async () => {
    const tampered = await throughProvider('eu', '/api/auth/oidc/start', {
      prepare: rewriteRedirect(
        isConsent,
        (location) => location.pathname === CALLBACK_PATH,
        (callback) => callback.searchParams.set('state', `${callback.searchParams.get('state')}x`),
      ),
    });
    expect(tampered.landed.pathname).toBe('/login');
    expect(signInError(tampered)).toBe('state');
    expect((await sessionOf(tampered.context)).signedIn).toBe(false);
    expect(identitiesOf(server, DEMO_EMAILS.eu)).toEqual([]);

    let callback: URL | undefined;
    const used = await throughProvider('eu', '/api/auth/oidc/start', {
      prepare: (page) => {
        page.on('request', (request) => {
          const url = new URL(request.url());
          if (url.pathname === CALLBACK_PATH) callback = url;
        });
      },
    });
    expect(used.landed.pathname).toBe('/');
    expect((await sessionOf(used.context)).signedIn).toBe(true);

    // The same answer again, from a browser that holds the state cookie (set by hand): the sign-in is spent.
    const replay = await newContext(server);
    await replay.addCookies([
      { name: 'plenary_oidc_state', value: callback!.searchParams.get('state')!, url: `${server.origin}/api/auth/oidc` },
    ]);
    const page = await replay.newPage();
    await page.goto(callback!.href);
    expect(new URL(page.url()).searchParams.get('signInError')).toBe('state');
    expect((await sessionOf(replay)).signedIn).toBe(false);
    // And from the browser that used it, whose state cookie that use cleared.
    await used.page.goto(callback!.href);
    expect(new URL(used.page.url()).searchParams.get('signInError')).toBe('state');
  });

  it('refuses an ID token issued for another nonce', async () => {
    // The authorization request carries another nonce than the one the server keeps for this sign-in.
    const flow = await throughProvider('observer', '/api/auth/oidc/start', {
      prepare: rewriteRedirect(
        (request) => new URL(request.url()).pathname === '/api/auth/oidc/start',
        (location) => location.origin === provider.issuer && location.pathname === '/auth',
        (authorization) => authorization.searchParams.set('nonce', 'a-nonce-this-sign-in-never-sent'),
      ),
    });
    expect(signInError(flow)).toBe('nonce');
    expect((await sessionOf(flow.context)).signedIn).toBe(false);
    expect(identitiesOf(server, DEMO_EMAILS.observer)).toEqual([]);
  });

  it('refuses a deactivated account, linked or not', async () => {
    for (const email of [DEMO_EMAILS.g77, 'new.person@example.org']) {
      const response = await secretariat.post(`/api/admin/users/${await participantId(email)}/deactivate`);
      expect(response.status, await response.clone().text()).toBe(200);
    }
    const byAddress = await throughProvider('g77', '/api/auth/oidc/start');
    expect(signInError(byAddress)).toBe('deactivated');
    expect((await sessionOf(byAddress.context)).signedIn).toBe(false);
    expect(identitiesOf(server, DEMO_EMAILS.g77)).toEqual([]);
    const linked = await throughProvider('new-person', '/api/auth/oidc/start');
    expect(signInError(linked)).toBe('deactivated');
    expect((await sessionOf(linked.context)).signedIn).toBe(false);
  });

  it('sends the browser to the provider with PKCE, state and nonce, bound to it by a short-lived cookie', async () => {
    const response = await fetch(new URL('/api/auth/oidc/start', server.url), { redirect: 'manual' });
    expect(response.status).toBe(302);
    const authorization = new URL(response.headers.get('location')!);
    expect(`${authorization.origin}${authorization.pathname}`).toBe(`${provider.issuer}/auth`);
    const params = Object.fromEntries(authorization.searchParams);
    expect(params).toMatchObject({
      client_id: CLIENT.client_id,
      response_type: 'code',
      scope: 'openid email profile',
      redirect_uri: `${server.origin}${CALLBACK_PATH}`,
      code_challenge_method: 'S256',
    });
    expect(params.code_challenge).toMatch(/^[\w-]{43}$/);
    expect(params.state).toMatch(/^[\w-]{20,}$/);
    expect(params.nonce).toMatch(/^[\w-]{20,}$/);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toContain(`plenary_oidc_state=${params.state}`);
    expect(cookie).toMatch(/Max-Age=600/);
    expect(cookie).toMatch(/Path=\/api\/auth\/oidc/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('answers hostile requests with a refusal, never a server error', async () => {
    const redirectOf = async (path: string, cookie = 'plenary_oidc_state=x') => {
      const response = await fetch(new URL(path, server.url), { redirect: 'manual', headers: { cookie } });
      expect(response.status, path).toBe(302);
      return response.headers.get('location');
    };
    for (const path of [
      CALLBACK_PATH,
      `${CALLBACK_PATH}?state=x&code=y`,
      `${CALLBACK_PATH}?state=y&code=y`,
      `${CALLBACK_PATH}?error=access_denied&state=x`,
      `${CALLBACK_PATH}?state=${'a'.repeat(5000)}`,
      `${CALLBACK_PATH}?state=x&state=y`,
    ]) {
      expect(await redirectOf(path), path).toBe('/login?signInError=state');
    }
    expect(await redirectOf(`${CALLBACK_PATH}?state=x`, '')).toBe('/login?signInError=state');
    expect(await redirectOf('/api/auth/oidc/start?invitation=not-a-real-invitation-token-at-all')).toBe('/login?signInError=invitation');
    expect(await redirectOf('/api/auth/oidc/start?invitation=short')).toBe('/login?signInError=invitation');
    const tooLong = await fetch(new URL(`/api/auth/oidc/start?returnTo=/${'a'.repeat(3000)}`, server.url), { redirect: 'manual' });
    expect(tooLong.status).toBe(400);
  });
});

describe('with the provider unreachable', () => {
  it('sends the person back to the sign-in page, saying so', async () => {
    const closed = await closedPort();
    const unreachable = await startServerProcess({
      env: { OIDC_ISSUER: `http://127.0.0.1:${closed}`, OIDC_CLIENT_ID: 'plenary', OIDC_CLIENT_SECRET: 'secret' },
    });
    try {
      const response = await fetch(new URL('/api/auth/oidc/start', unreachable.url), { redirect: 'manual' });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/login?signInError=provider');
    } finally {
      await unreachable.stop();
    }
  });
});

describe('with password sign-in turned off', () => {
  it('refuses the demo password, while the provider still signs people in', async () => {
    const login = await new ApiClient(oidcOnly.url).post('/api/auth/login', { email: DEMO_EMAILS.canada, password: 'demo' });
    expect(login.status).toBe(403);
    const context = await newContext(oidcOnly);
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByRole('link', { name: 'Sign in with Test ID' }).waitFor();
    expect(await page.locator('input[type="password"]').count()).toBe(0);
    const flow = await throughProvider('canada', '/login', { target: oidcOnly, viaButton: true });
    expect((await sessionOf(flow.context)).me).toMatchObject({ user: { email: DEMO_EMAILS.canada } });
  });
});

describe('without an identity provider', () => {
  it('has no sign-in through one', async () => {
    const plain = await startServerProcess();
    try {
      for (const path of ['/api/auth/oidc/start', CALLBACK_PATH]) {
        const response = await fetch(new URL(path, plain.url), { redirect: 'manual' });
        expect(response.status, path).toBe(404);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
      }
    } finally {
      await plain.stop();
    }
  });
});
