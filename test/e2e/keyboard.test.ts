import type { ThreadResponse } from '@plenary/shared/api/index';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { openDocument, signIn, visibleText } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';

const DOC = 'gcm-compact';
const suite = browserSuite();

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return { id: element?.id ?? '', testid: element?.dataset.testid ?? '', text: element?.textContent?.trim().slice(0, 40) ?? '' };
  });

const selectedText = (page: Page) => page.evaluate(() => document.getSelection()?.toString() ?? '');

/** The pid of the paragraph that holds the browser's selection. */
const selectedPid = (page: Page) =>
  page.evaluate(() => {
    const anchor = document.getSelection()?.anchorNode;
    const element = anchor instanceof Element ? anchor : anchor?.parentElement;
    return element?.closest('[data-pid]')?.getAttribute('data-pid') ?? null;
  });

describe('the document from the keyboard alone', () => {
  it('a delegate skips to the read-only text, moves a caret, selects words and comments on them without a mouse', async () => {
    const eu = await signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test');
    const { page } = eu;
    await openDocument(page, DOC);

    // The first Tab stop is the skip link; it lands in the text, past the top bar and the whole outline.
    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toMatchObject({ testid: 'skip-to-text', text: 'Skip to the text' });
    await page.keyboard.press('Enter');
    await expect(focused(page)).resolves.toMatchObject({ id: 'document-text' });
    await expect(page.locator('#document-text').getAttribute('contenteditable')).resolves.toBe('false');

    // The caret moves down to a paragraph; Shift with Ctrl+arrows selects whole words.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    const pid = await selectedPid(page);
    expect(pid).not.toBeNull();
    await page.keyboard.press('Home');
    await expect(page.locator('.reader-caret').isVisible()).resolves.toBe(true);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    const words = (await selectedText(page)).trim();
    expect(words.split(/\s+/).length).toBeGreaterThanOrEqual(2);
    const paragraphText = await visibleText(page, pid!);
    expect(paragraphText).toContain(words);

    // Nothing the keyboard does changes the text.
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.type('xyz');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
    await expect(visibleText(page, pid!)).resolves.toBe(paragraphText);
    await expect(selectedText(page).then((text) => text.trim())).resolves.toBe(words);

    // Tab from the selected words reaches the Comment button, after the paragraph's own actions; Enter opens the form.
    await page.getByTestId('comment-button').waitFor();
    const stops: string[] = [];
    for (let i = 0; i < 5 && stops.at(-1) !== 'comment-button'; i++) {
      await page.keyboard.press('Tab');
      stops.push((await focused(page)).testid);
    }
    expect(stops.at(-1), stops.join(', ')).toBe('comment-button');
    await page.keyboard.press('Enter');
    const form = page.getByTestId('thread-form');
    await form.waitFor();
    await form.getByTestId('thread-body').fill('Selected and commented from the keyboard.');
    await form.getByTestId('thread-submit').click();
    await form.waitFor({ state: 'detached' });

    const api = await ApiClient.login(suite.server.url, 'delegate.eu@demo.test');
    const threads = await api.json<ThreadResponse[]>('GET', `/api/documents/${DOC}/threads`);
    const thread = threads.find((t) => t.messages[0]?.body === 'Selected and commented from the keyboard.');
    expect(thread?.pid).toBe(pid);
    expect(thread?.anchor?.quote.trim()).toBe(words);
    await eu.context.close();
  });

  it('the Ctrl+Alt+M shortcut opens the comment form on words selected from the keyboard', async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, 'delegate.canada@demo.test');
    await openDocument(page, DOC);
    await page.locator('#document-text').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    expect((await selectedText(page)).length, `${await selectedPid(page)}: ${await selectedText(page)}`).toBeGreaterThan(5);
    await page.keyboard.press('Control+Alt+KeyM');
    await page.getByTestId('thread-form').waitFor();
    await context.close();
  });
});
