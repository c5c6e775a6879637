import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium, headless, with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

export interface SignedInPage {
  context: BrowserContext;
  page: Page;
}

/** A new browser context (its own cookies) signed in through the login page, like a person would. */
export async function signIn(browser: Browser, baseUrl: string, email: string, password = 'demo'): Promise<SignedInPage> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return { context, page };
}

/** Opens a document and waits until its editor shows synced text. */
export async function openDocument(page: Page, documentId: string): Promise<void> {
  await page.goto(`/documents/${documentId}`);
  await page.getByTestId('connection-status').and(page.locator('[data-state="connected"]')).waitFor({ timeout: 15_000 });
  await page.locator('[data-testid="editor"] [data-pid]').first().waitFor();
}
