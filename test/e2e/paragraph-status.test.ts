import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDocument, placeCursorAtEnd, signIn, visibleText } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { eventually } from '../support/sync-client.ts';

const DOC = 'gcm-compact';
const suite = browserSuite();

const paragraph = (page: Page, pid: string) => page.locator(`[data-testid="editor"] [data-pid="${pid}"]`);
const badge = (page: Page, pid: string) => page.locator(`[data-testid="status-badge"][data-for-pid="${pid}"]`);

describe('paragraph status', () => {
  it('a co-facilitator agrees OP3 from its badge; it locks, and a delegate sees it live without Propose', async () => {
    const op3 = await suite.paragraphByNumber('OP3');
    const cofac = await signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test');
    const eu = await signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test');
    await Promise.all([openDocument(cofac.page, DOC), openDocument(eu.page, DOC)]);
    const page = cofac.page;

    // The delegate may propose on OP3 while it is open.
    await paragraph(eu.page, op3.pid).click();
    await eu.page.locator(`[data-testid="propose-button"][data-for-pid="${op3.pid}"]`).waitFor();
    await expect(badge(eu.page, op3.pid).count()).resolves.toBe(0);

    const progress = page.locator('.document-header [data-testid="status-progress"] [data-agreed]');
    await progress.waitFor();
    const agreedBefore = Number(await progress.getAttribute('data-agreed'));

    // The pen-holder's badge on the paragraph at hand opens the Status tab with the menu.
    await paragraph(page, op3.pid).click();
    await badge(page, op3.pid).click();
    const panel = page.getByTestId('sidebar-panel-statuses');
    await panel.waitFor();
    await expect(panel.getByTestId('status-panel-current').innerText()).resolves.toBe('Open');
    await panel.getByTestId('status-note').fill('Agreed in informals.');
    await panel.getByTestId('set-status-agreed').click();

    await eventually(async () => expect(await badge(page, op3.pid).getAttribute('data-status')).toBe('agreed'), 10_000);
    await eventually(async () => expect(Number(await progress.getAttribute('data-agreed'))).toBe(agreedBefore + 1), 10_000);
    await eventually(async () => expect(await panel.getByTestId('status-history').innerText()).toContain('Agreed in informals.'), 10_000);

    // The text of OP3 no longer takes the pen-holder's typing, and says why.
    await placeCursorAtEnd(page, op3.pid);
    await page.keyboard.type(' Typed into agreed text.');
    await page.getByTestId('status-lock-notice').waitFor();
    await expect(page.getByTestId('status-lock-notice').innerText()).resolves.toContain('Agreed: reopen it to edit');
    expect(await visibleText(page, op3.pid)).toBe(op3.text);
    await page.waitForTimeout(300);
    expect((await suite.paragraphByNumber('OP3')).text).toBe(op3.text);

    // The delegate sees the badge live, and no Propose on OP3 but the reason.
    await eventually(async () => expect(await badge(eu.page, op3.pid).getAttribute('data-status')).toBe('agreed'), 10_000);
    await paragraph(eu.page, op3.pid).click();
    await eu.page.waitForTimeout(200);
    await expect(eu.page.locator(`[data-testid="propose-button"][data-for-pid="${op3.pid}"]`).count()).resolves.toBe(0);
    await eu.page.getByTestId('sidebar-tab-proposals').click();
    await expect(eu.page.getByTestId('propose-refused-agreed').innerText()).resolves.toMatch(/^OP3 is agreed/);
    await expect(eu.page.getByTestId('panel-propose-button').count()).resolves.toBe(0);

    // A delegate's badge reads the history but has no menu.
    await badge(eu.page, op3.pid).click();
    const euPanel = eu.page.getByTestId('sidebar-panel-statuses');
    await euPanel.getByTestId('status-history').waitFor();
    await expect(euPanel.getByTestId('set-status-open').count()).resolves.toBe(0);

    // The room's screen shows the same badge, as a mark rather than a button.
    await eu.page.goto(`/documents/${DOC}/present`);
    const screenBadge = badge(eu.page, op3.pid);
    await screenBadge.waitFor({ timeout: 15_000 });
    await expect(screenBadge.evaluate((element) => [element.tagName, element.getAttribute('data-status')])).resolves.toEqual([
      'SPAN',
      'agreed',
    ]);

    await cofac.context.close();
    await eu.context.close();
  });

  it('the brackets button wraps the selected words in square brackets', async () => {
    const op9 = await suite.paragraphByNumber('OP9');
    const cofac = await signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test');
    const page = cofac.page;
    await openDocument(page, DOC);
    const firstWord = op9.text.split(' ')[0]!;
    await paragraph(page, op9.pid).click();
    // Select the paragraph's first word.
    await paragraph(page, op9.pid).evaluate((element, length) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const first = walker.nextNode() as Text;
      const range = document.createRange();
      range.setStart(first, 0);
      range.setEnd(first, length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    }, firstWord.length);
    await page.waitForTimeout(100);
    await page.getByRole('button', { name: 'Bracket the selected words' }).click();

    await eventually(async () => expect(await visibleText(page, op9.pid)).toBe(`[${firstWord}]${op9.text.slice(firstWord.length)}`));
    await paragraph(page, op9.pid).locator('.bracketed').first().waitFor();
    await eventually(async () => expect((await suite.paragraphByNumber('OP9')).text.startsWith(`[${firstWord}]`)).toBe(true), 10_000);
    await cofac.context.close();
  });
});
