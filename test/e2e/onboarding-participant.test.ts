import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { openDocument, placeCursorAtEnd, signIn, visibleText, watchedContext } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { seriousAccessibilityViolations } from '../support/axe.ts';
import { allowConsoleErrors } from '../support/console-watch.ts';
import { DEMO_EMAILS } from '../support/demo-accounts.ts';
import { startServerProcess } from '../support/server-process.ts';
import { eventually } from '../support/sync-client.ts';

const DOC = 'gcm-compact';
const STRONG = 'orderly-migration-corridor-7';
const suite = browserSuite(DOC);

let admin: ApiClient | undefined;
/** The secretariat, through the API: it sets up what the participants then meet in the browser. */
async function secretariat(): Promise<ApiClient> {
  admin ??= await ApiClient.login(suite.server.url, DEMO_EMAILS.secretariat);
  return admin;
}

interface Terms {
  email: string;
  name: string;
  stakeholderId: string;
  role: string;
  processId?: string;
}

/** A new link, as the path to open in the browser, and its id. */
async function invite(terms: Terms): Promise<{ id: string; path: string }> {
  const created = await (await secretariat()).json<{ id: string; link: string }>('POST', '/api/admin/invitations', terms);
  return { id: created.id, path: new URL(created.link).pathname };
}

async function stakeholderId(shortName: string): Promise<string> {
  const all = await (await secretariat()).json<{ id: string; shortName: string }[]>('GET', '/api/stakeholders/all');
  const found = all.find((s) => s.shortName === shortName);
  if (!found) throw new Error(`No stakeholder ${shortName}`);
  return found.id;
}

async function participant(email: string, processId = 'gcm'): Promise<{ userId: string; stakeholder: { id: string } }> {
  const list = await (await secretariat()).json('GET', `/api/admin/participants?processId=${processId}`);
  const found = list.participants.find((p: { email: string }) => p.email === email);
  if (!found) throw new Error(`${email} is not a participant of ${processId}`);
  return found;
}

async function gcmTitle(): Promise<string> {
  return (await (await secretariat()).json('GET', '/api/me')).process.title as string;
}

/** Answers made with a cookie taken from a browser context, as the server sees that device. */
async function statusWithCookieOf(context: BrowserContext, path: string): Promise<number> {
  const cookie = (await context.cookies()).find((c) => c.name === 'plenary_session');
  if (!cookie) throw new Error('The context has no session cookie');
  const client = new ApiClient(suite.server.url);
  client.cookie = `${cookie.name}=${cookie.value}`;
  return (await client.get(path)).status;
}

const editable = (page: Page, value: boolean) => page.locator(`[data-testid="editor"][data-editable="${value}"]`);

async function openInvitation(path: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await watchedContext(suite.browser, suite.server.url);
  const page = await context.newPage();
  // A refused link answers 403 or 404, which the browser reports in the console.
  allowConsoleErrors(page, /status of 40[34] /);
  await page.goto(path);
  return { context, page };
}

describe('a participant joins', () => {
  it('chooses a password by the policy, is signed in in the invited capacity, and the link then no longer works', async () => {
    const canada = await stakeholderId('Canada');
    const { path } = await invite({ email: 'amina.diallo@example.org', name: 'Amina Diallo', stakeholderId: canada, role: 'delegate' });
    const title = await gcmTitle();
    const { context, page } = await openInvitation(path);

    await expect(page.getByTestId('invitation-capacity').innerText()).resolves.toBe(`delegate of Canada in ${title}`);
    await expect(page.getByTestId('invitation-facts').innerText()).resolves.toContain('amina.diallo@example.org');
    expect(await seriousAccessibilityViolations(page), 'invitation page').toEqual([]);
    // A common password is refused as it is typed, and again when the form is sent: nothing reaches the server.
    await page.getByTestId('invitation-password').fill('password1234');
    await expect(page.getByTestId('password-check').innerText()).resolves.toContain('common passwords');
    await page.getByTestId('invitation-confirmation').fill('password1234');
    await page.getByTestId('invitation-submit').click();
    await expect(page.getByTestId('invitation-password').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByTestId('password-check').innerText()).resolves.toContain('common passwords');
    expect(new URL(page.url()).pathname).toBe(path);
    expect(
      (await (await secretariat()).json('GET', '/api/admin/participants?processId=gcm')).participants.map(
        (p: { email: string }) => p.email,
      ),
    ).not.toContain('amina.diallo@example.org');

    // What was typed in the confirmation stays; a good password and its confirmation are accepted.
    await expect(page.getByTestId('invitation-confirmation').inputValue()).resolves.toBe('password1234');
    await page.getByTestId('invitation-password').fill(STRONG);
    await expect(page.getByTestId('password-check').innerText()).resolves.toBe('This password meets the policy.');
    await page.getByTestId('invitation-confirmation').fill(STRONG.slice(0, -1));
    await expect(page.getByTestId('confirmation-check').innerText()).resolves.toBe('The two passwords are not the same.');
    await page.getByTestId('invitation-confirmation').fill(STRONG);
    await page.getByTestId('invitation-submit').click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect(page.locator('.page-header__lede').innerText()).resolves.toContain('Amina Diallo — Canada — delegate');
    await expect(page.getByTestId('user-menu').innerText()).resolves.toContain('Amina Diallo — Canada — delegate');
    await page.getByTestId('doc-item').first().waitFor();
    // One process: no list of processes to switch between.
    await expect(page.getByTestId('process-list').count()).resolves.toBe(0);
    await context.close();

    // The same link, opened again (say, from the mail on another device): used.
    const again = await openInvitation(path);
    await expect(again.page.getByTestId('invitation-refused').innerText()).resolves.toContain('This link has already been used');
    await expect(again.page.getByTestId('invitation-refused').innerText()).resolves.toContain('Ask the secretariat for a new one');
    await expect(again.page.getByTestId('invitation-form').count()).resolves.toBe(0);

    // A link nobody issued.
    await again.page.goto('/invitations/not-a-real-token');
    await expect(again.page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('This link is not valid');
    await again.context.close();
  });

  it('is told that a link past its expiry cannot be used', async () => {
    // Links that last under a second, on a server of their own.
    const server = await startServerProcess({ env: { INVITATION_TTL_DAYS: '0.00001' } });
    try {
      const api = await ApiClient.login(server.url, DEMO_EMAILS.secretariat);
      const canada = (await ApiClient.login(server.url, DEMO_EMAILS.canada).then((c) => c.json('GET', '/api/me'))).stakeholder.id as string;
      const created = await api.json('POST', '/api/admin/invitations', {
        email: 'late.comer@example.org',
        name: 'Late Comer',
        stakeholderId: canada,
        role: 'delegate',
      });
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      const context = await watchedContext(suite.browser, server.url);
      const page = await context.newPage();
      allowConsoleErrors(page, /status of 403 /);
      await page.goto(new URL(created.link).pathname);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('This link cannot be used');
      await expect(page.getByTestId('invitation-refusal').innerText()).resolves.toBe(
        'This link has expired. Ask the secretariat for a new one.',
      );
      await context.close();
    } finally {
      await server.stop();
    }
  });

  it('adds a second process to an existing account with its current password, and the person switches between them', async () => {
    const eu = await stakeholderId('EU');
    const created = await (
      await secretariat()
    ).json('POST', '/api/admin/processes', { title: 'Follow-up Review Forum', shortTitle: 'FRF' });
    const processId = created.process.id as string;
    const compactId = (created.documents as { id: string; kind: string }[]).find((d) => d.kind === 'compact')!.id;
    const { path } = await invite({ email: DEMO_EMAILS.eu, name: 'EU delegate', stakeholderId: eu, role: 'observer', processId });
    const title = await gcmTitle();

    const { context, page } = await openInvitation(path);
    allowConsoleErrors(page, /status of 401 /);
    await expect(page.getByTestId('invitation-existing-account').innerText()).resolves.toContain(
      'You already have an account (delegate.eu@demo.test): this adds Follow-up Review Forum to it',
    );
    await expect(page.getByTestId('invitation-password').count()).resolves.toBe(0);
    await page.getByTestId('invitation-current-password').fill('not-my-password');
    await page.getByTestId('invitation-submit').click();
    await expect(page.getByTestId('invitation-error').innerText()).resolves.toContain('That is not the password of the account');
    await page.getByTestId('invitation-current-password').fill('demo');
    await page.getByTestId('invitation-submit').click();
    await page.waitForURL((url) => url.pathname === '/');

    // Signed in through the link, the device works in the process it was for; both are listed.
    await expect(page.locator('.page--home h1').innerText()).resolves.toBe('Follow-up Review Forum');
    const items = page.getByTestId('process-list-item');
    await expect(items.count()).resolves.toBe(2);
    await expect(page.locator('[data-testid="process-list-item"][data-current="true"]').innerText()).resolves.toContain(
      'European Union · observer',
    );
    await expect(page.locator('[data-testid="process-list-item"][data-process-id="gcm"]').innerText()).resolves.toContain(
      'European Union · delegate',
    );
    // Only this process's documents: its compact.
    await eventually(async () => expect(await page.getByTestId('doc-item').count()).toBe(1));
    await expect(page.locator(`[data-testid="doc-item"] a[href="/documents/${compactId}"]`).count()).resolves.toBe(1);

    await page.getByRole('button', { name: `Work in ${title}` }).click();
    await eventually(async () => expect(await page.locator('.page--home h1').innerText()).toBe(title));
    await expect(page.getByTestId('user-menu').innerText()).resolves.toContain('European Union — delegate');
    await expect(page.locator('[data-testid="process-list-item"][data-current="true"]').getAttribute('data-process-id')).resolves.toBe(
      'gcm',
    );
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `You now work in ${title}.` })
        .count(),
    ).resolves.toBe(1);
    await eventually(async () => expect(await page.locator(`[data-testid="doc-item"] a[href="/documents/${DOC}"]`).count()).toBe(1));
    await expect(page.locator(`[data-testid="doc-item"] a[href="/documents/${compactId}"]`).count()).resolves.toBe(0);
    // The choice is the device's: a reload keeps it.
    await page.reload();
    await expect(page.locator('.page--home h1').innerText()).resolves.toBe(title);

    // A link to a document of the other process opens it in its own process, with the capacity held there.
    await page.goto(`/documents/${compactId}`);
    await page.getByTestId('connection-status').and(page.locator('[data-state="connected"]')).waitFor({ timeout: 15_000 });
    await expect(page.locator('.top-bar__process').innerText()).resolves.toBe('Follow-up Review Forum');
    await expect(page.getByTestId('user-menu').innerText()).resolves.toContain('European Union — observer');
    const me = (await page.evaluate(() => fetch('/api/me').then((r) => r.json()))) as { process: { id: string } };
    expect(me.process.id).toBe(processId);
    await context.close();
  });
});

describe('a capacity changed by the secretariat', () => {
  it('moves the pen to a delegate who has the text open, without a reload, and takes it back', async () => {
    const op3 = await suite.paragraphByNumber('OP3');
    const canada = await participant(DEMO_EMAILS.canada);
    const { context, page } = await signIn(suite.browser, suite.server.url, DEMO_EMAILS.canada);
    await openDocument(page, DOC);
    await editable(page, false).waitFor();
    await expect(page.locator('[data-testid="editor"] [contenteditable="true"]').count()).resolves.toBe(0);
    await page.locator(`[data-testid="editor"] [data-pid="${op3.pid}"]`).click();
    await page.keyboard.type('READ ONLY TYPING');
    await page.waitForTimeout(300);
    expect(await visibleText(page, op3.pid)).not.toContain('READ ONLY TYPING');
    // Marks this page load: a reload would lose it.
    await page.evaluate(() => ((window as unknown as { sameLoad: boolean }).sameLoad = true));

    const change = (role: string) =>
      secretariat().then((api) =>
        api.json('PUT', `/api/admin/users/${canada.userId}/membership`, { stakeholderId: canada.stakeholder.id, role, processId: 'gcm' }),
      );
    await change('cofacilitator');
    await editable(page, true).waitFor({ timeout: 10_000 });
    await page.getByTestId('connection-status').and(page.locator('[data-state="connected"]')).waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('user-menu').innerText()).resolves.toContain('Canada — co-facilitator');
    await placeCursorAtEnd(page, op3.pid);
    await page.keyboard.type(' Canada holds the pen.');
    await eventually(async () => expect((await suite.paragraphByNumber('OP3')).text).toContain('Canada holds the pen.'), 10_000);
    expect((await suite.paragraphByNumber('OP3')).text).not.toContain('READ ONLY TYPING');

    await change('delegate');
    await editable(page, false).waitFor({ timeout: 10_000 });
    await page.getByTestId('connection-status').and(page.locator('[data-state="connected"]')).waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('user-menu').innerText()).resolves.toContain('Canada — delegate');
    await page.locator(`[data-testid="editor"] [data-pid="${op3.pid}"]`).click();
    await page.keyboard.type('AGAIN READ ONLY');
    await page.waitForTimeout(500);
    expect((await suite.paragraphByNumber('OP3')).text).not.toContain('AGAIN READ ONLY');
    // All of it happened in the page as first loaded.
    await expect(page.evaluate(() => (window as unknown as { sameLoad?: boolean }).sameLoad)).resolves.toBe(true);
    await context.close();
  });
});

describe('a deactivated delegate', () => {
  it('is shown the sign-in page at once while the text is open, and the old cookie is refused', async () => {
    const g77 = await participant(DEMO_EMAILS.g77);
    const { context, page } = await signIn(suite.browser, suite.server.url, DEMO_EMAILS.g77);
    await openDocument(page, DOC);
    // A refused reconnection of the ended event stream, and the refused sign-in below, are reported by the browser.
    allowConsoleErrors(page, /status of 401 /, /status of 403 .*\/api\/auth\/login/);

    const started = Date.now();
    await (await secretariat()).json('POST', `/api/admin/users/${g77.userId}/deactivate?processId=gcm`);
    await page.getByTestId('session-ended').waitFor({ timeout: 2_500 });
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/documents/${DOC}`);
    await expect(page.getByTestId('session-ended').innerText()).resolves.toContain('Sign in again');
    await expect(statusWithCookieOf(context, '/api/me')).resolves.toBe(401);

    // Signing in again says why it cannot.
    await page.getByTestId('login-email').fill(DEMO_EMAILS.g77);
    await page.getByTestId('login-password').fill('demo');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error').innerText()).resolves.toContain('This account has been deactivated');
    await context.close();
  });
});

describe('the account page', () => {
  it('lists the devices signed in, and signs another one out', async () => {
    const [here, there] = [
      await signIn(suite.browser, suite.server.url, DEMO_EMAILS.observer),
      await signIn(suite.browser, suite.server.url, DEMO_EMAILS.observer),
    ];
    allowConsoleErrors(there.page, /status of 401 /);
    await there.page.getByTestId('doc-item').first().waitFor();

    await here.page.getByTestId('user-menu').getByRole('button').click();
    await here.page.getByTestId('account-link').click();
    await here.page.waitForURL((url) => url.pathname === '/account');
    await expect(here.page.getByTestId('account-email').innerText()).resolves.toBe(DEMO_EMAILS.observer);
    await expect(here.page.getByTestId('process-list-item').innerText()).resolves.toMatch(/observer/);
    await here.page.getByTestId('device-list').waitFor();
    await expect(here.page.getByTestId('devices-title').innerText()).resolves.toBe('Signed in on 2 devices');
    const rows = here.page.getByTestId('device-session');
    await expect(rows.count()).resolves.toBe(2);
    const current = here.page.locator('[data-testid="device-session"][data-current="true"]');
    await expect(current.innerText()).resolves.toContain('This device');
    await expect(current.getByTestId('device-name').innerText()).resolves.toMatch(/Chrom\w+ on Linux/);
    await expect(current.innerText()).resolves.toContain('with a password');
    await expect(current.getByTestId('device-sign-out').count()).resolves.toBe(0);
    expect(await seriousAccessibilityViolations(here.page), 'account page').toEqual([]);

    await here.page.locator('[data-testid="device-session"][data-current="false"]').getByTestId('device-sign-out').click();
    await eventually(async () => expect(await here.page.getByTestId('devices-title').innerText()).toBe('Signed in on 1 device'));
    await expect(here.page.getByTestId('device-status').innerText()).resolves.toContain('is signed out');
    await expect(rows.count()).resolves.toBe(1);

    // The other device: its next request is refused, and its open page (whose event stream was ended) shows sign-in.
    await expect(there.page.evaluate(() => fetch('/api/me').then((r) => r.status))).resolves.toBe(401);
    await there.page.getByTestId('session-ended').waitFor({ timeout: 10_000 });
    // This one is still signed in, and Refresh reads the list again.
    await here.page.getByTestId('devices-refresh').click();
    await eventually(async () => expect(await rows.count()).toBe(1));
    await expect(here.page.evaluate(() => fetch('/api/me').then((r) => r.status))).resolves.toBe(200);
    await Promise.all([here.context.close(), there.context.close()]);
  });
});

describe('the sign-in page', () => {
  it('says why a sign-in through the identity provider did not succeed', async () => {
    const context = await watchedContext(suite.browser, suite.server.url);
    const page = await context.newPage();
    await page.goto('/login?signInError=unknown-identity');
    await expect(page.getByTestId('sign-in-error').innerText()).resolves.toBe(
      'No account is invited under this identity. Ask the secretariat for an invitation.',
    );
    await page.goto('/login?signInError=nonce');
    await expect(page.getByTestId('sign-in-error').innerText()).resolves.toContain('The sign-in could not be verified');
    // This server has no identity provider: the password form alone.
    await page.getByTestId('login-form').waitFor();
    await expect(page.getByTestId('identity-provider-sign-in').count()).resolves.toBe(0);
    await context.close();
  });
});
