import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allowConsoleErrors } from '../support/console-watch.ts';
import { ApiClient } from '../support/api-client.ts';
import { openDocument, signIn } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { eventually } from '../support/sync-client.ts';

const DOC = 'gcm-compact';
const suite = browserSuite();
const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs');

async function openPresentation(page: Page): Promise<void> {
  await page.goto(`/documents/${DOC}/present`);
  await page.getByTestId('connection-status').and(page.locator('[data-state="connected"]')).waitFor({ timeout: 15_000 });
  await page.locator('[data-testid="editor"] [data-pid]').first().waitFor();
}

const followedPid = (page: Page) => page.locator('[data-testid="editor"] .is-followed').getAttribute('data-pid');
const inView = (page: Page, pid: string) =>
  page.locator(`[data-testid="editor"] [data-pid="${pid}"]`).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });

describe('presentation mode for the room’s screen', () => {
  it('follows the co-facilitator from OP2 to OP5 with the paragraph’s pending proposals beside the text', async () => {
    const [op2, op5, op7] = await Promise.all(['OP2', 'OP5', 'OP7'].map((number) => suite.paragraphByNumber(number)));
    const eu = await ApiClient.login(suite.server.url, 'delegate.eu@demo.test');
    const tabled = await eu.json('POST', `/api/documents/${DOC}/proposals`, {
      pid: op5!.pid,
      kind: 'amend',
      text: `${op5!.text} With due regard to national circumstances.`,
      justification: 'For the room screen.',
    });
    expect(tabled.id).toEqual(expect.any(String));

    const [cofacilitator, screen, delegate] = await Promise.all([
      signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test'),
      signIn(suite.browser, suite.server.url, 'observer@demo.test'),
      signIn(suite.browser, suite.server.url, 'delegate.canada@demo.test'),
    ]);
    await screen.page.setViewportSize({ width: 1920, height: 1080 });
    await Promise.all([openDocument(cofacilitator.page, DOC), openPresentation(screen.page), openDocument(delegate.page, DOC)]);

    // Read-only and the text alone: nothing editable, no toolbar, no panels.
    await expect(screen.page.locator('[contenteditable="true"]').count()).resolves.toBe(0);
    await expect(screen.page.getByTestId('toolbar').count()).resolves.toBe(0);
    await expect(screen.page.getByTestId('sidebar').count()).resolves.toBe(0);

    const paragraph = (page: Page, pid: string) => page.locator(`[data-testid="editor"] [data-pid="${pid}"]`);
    await paragraph(cofacilitator.page, op2!.pid).click();
    await eventually(async () => {
      await expect(followedPid(screen.page)).resolves.toBe(op2!.pid);
      await expect(screen.page.getByTestId('standing-number').innerText()).resolves.toBe('OP2');
      await expect(screen.page.getByTestId('standing-status').innerText()).resolves.toBe('No pending proposals');
    }, 10_000);
    await expect(screen.page.getByTestId('paragraph-standing').innerText()).resolves.toContain('Ana Morales');

    await paragraph(cofacilitator.page, op5!.pid).click();
    await eventually(async () => {
      await expect(followedPid(screen.page)).resolves.toBe(op5!.pid);
      await expect(screen.page.getByTestId('standing-number').innerText()).resolves.toBe('OP5');
      await expect(screen.page.getByTestId('standing-status').innerText()).resolves.toBe('1 pending proposal');
      await expect(screen.page.getByTestId('standing-proposal').allInnerTexts()).resolves.toEqual([expect.stringContaining('EU')]);
      await expect(inView(screen.page, op5!.pid)).resolves.toBe(true);
    }, 10_000);

    // A delegate's caret is presence too, but only the pen steers the room's screen.
    await paragraph(delegate.page, op7!.pid).click();
    await delegate.page.waitForTimeout(800);
    await expect(followedPid(screen.page)).resolves.toBe(op5!.pid);

    if (process.env.SCREENSHOTS === '1') await screen.page.screenshot({ path: path.join(docs, 'screenshot-presentation.png') });
    await Promise.all([cofacilitator, screen, delegate].map(({ context }) => context.close()));
  });

  it('is linked from the document page for the co-facilitators and the secretariat only', async () => {
    for (const [email, linked] of [
      ['cofacilitator@demo.test', true],
      ['secretariat@demo.test', true],
      ['delegate.eu@demo.test', false],
      ['observer@demo.test', false],
    ] as const) {
      const { context, page } = await signIn(suite.browser, suite.server.url, email);
      await openDocument(page, DOC);
      const link = page.getByRole('link', { name: "Present on the room's screen" });
      await expect(link.count()).resolves.toBe(linked ? 1 : 0);
      if (linked) await expect(link.getAttribute('href')).resolves.toBe(`/documents/${DOC}/present`);
      await context.close();
    }
  });

  it('refuses a document that does not exist, and sends a visitor without a session to sign in', async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, 'observer@demo.test');
    allowConsoleErrors(page, /status of 404 .*\/api\/documents\/no-such-document/);
    await page.goto('/documents/no-such-document/present');
    await page.getByText('This document does not exist, or you do not have access to it.').waitFor();
    await context.close();

    const anonymous = await suite.browser.newContext({ baseURL: suite.server.url });
    const visitor = await anonymous.newPage();
    await visitor.goto(`/documents/${DOC}/present`);
    await visitor.waitForURL((url) => url.pathname.startsWith('/login'));
    await anonymous.close();
  });
});
