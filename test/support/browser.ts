import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { watchConsole } from './console-watch.ts';

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

/** A new browser context (its own cookies) whose pages' console errors fail the test (see `console-watch.ts`). */
export async function watchedContext(browser: Browser, baseUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
  context.on('page', watchConsole);
  return context;
}

/** A new browser context (its own cookies) signed in through the login page, like a person would. */
export async function signIn(browser: Browser, baseUrl: string, email: string, password = 'demo'): Promise<SignedInPage> {
  const context = await watchedContext(browser, baseUrl);
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

/** A paragraph's text as the reader sees it, without the name labels of other people's carets. */
export function visibleText(page: Page, pid: string): Promise<string> {
  return page.locator(`[data-testid="editor"] [data-pid="${pid}"]`).evaluate((element) => {
    const clone = element.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.collaboration-carets__caret, .collaboration-carets__selection').forEach((c) => c.remove());
    return (clone.textContent ?? '').replace(/\u2060/g, '');
  });
}

/** Puts the text cursor at the very end of a paragraph, as a click after its last word would. */
export async function placeCursorAtEnd(page: Page, pid: string): Promise<void> {
  const paragraph = page.locator(`[data-testid="editor"] [data-pid="${pid}"]`);
  await paragraph.click();
  await paragraph.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    while (walker.nextNode()) last = walker.currentNode as Text;
    const range = document.createRange();
    if (last) range.setStart(last, last.length);
    else range.setStart(element, element.childNodes.length);
    range.collapse(true);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
  await page.waitForTimeout(50);
}
