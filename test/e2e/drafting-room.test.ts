import { describe, expect, it } from 'vitest';
import { openDocument, placeCursorAtEnd, signIn, visibleText, watchedContext } from '../support/browser.ts';
import { allowConsoleErrors } from '../support/console-watch.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { eventually } from '../support/sync-client.ts';

const DOC = 'gcm-compact';
const suite = browserSuite();

const paragraphByNumber = (number: string) => suite.paragraphByNumber(number);

describe('the drafting room', () => {
  it('lets two co-facilitators type into one paragraph live while a delegate watches and cannot edit', async () => {
    const op3 = await paragraphByNumber('OP3');
    const [a, b, delegate] = await Promise.all([
      signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test'),
      signIn(suite.browser, suite.server.url, 'cofacilitator2@demo.test'),
      signIn(suite.browser, suite.server.url, 'delegate.g77@demo.test'),
    ]);
    await Promise.all([a, b, delegate].map(({ page }) => openDocument(page, DOC)));
    const paragraph = (p: typeof a) => p.page.locator(`[data-testid="editor"] [data-pid="${op3.pid}"]`);

    await expect(paragraph(a).getAttribute('data-number')).resolves.toBe('3.');
    // Typing counts only once each pen-holder's editor has taken the pen (on a loaded machine, a moment later).
    for (const pen of [a, b]) await pen.page.locator('[data-testid="editor"][data-editable="true"]').waitFor({ timeout: 15_000 });
    await placeCursorAtEnd(a.page, op3.pid);
    await a.page.keyboard.type(' Alpha words');
    await paragraph(b).click({ position: { x: 5, y: 5 } });
    await b.page.keyboard.type('Beta words ');
    await eventually(async () => expect(await visibleText(b.page, op3.pid)).toContain('Beta words'), 10_000);

    await eventually(async () => {
      const [textA, textB, textDelegate] = await Promise.all([a, b, delegate].map(({ page }) => visibleText(page, op3.pid)));
      expect(textA).toContain('Alpha words');
      expect(textA).toContain('Beta words');
      expect(textB).toBe(textA);
      expect(textDelegate).toBe(textA);
    }, 10_000);

    // The delegate has no pen: no toolbar, a non-editable view, and typing changes nothing anywhere.
    await expect(delegate.page.getByTestId('toolbar').count()).resolves.toBe(0);
    await expect(delegate.page.locator('[data-testid="editor"] [contenteditable="true"]').count()).resolves.toBe(0);
    await paragraph(delegate).click();
    await delegate.page.keyboard.type('DELEGATE TYPING');
    await delegate.page.waitForTimeout(700);
    expect(await visibleText(delegate.page, op3.pid)).not.toContain('DELEGATE TYPING');
    expect(await visibleText(a.page, op3.pid)).not.toContain('DELEGATE TYPING');
    const stored = await paragraphByNumber('OP3');
    expect(stored.text).toContain('Alpha words');
    expect(stored.text).not.toContain('DELEGATE TYPING');

    // Presence: everyone sees the others, with their stakeholder.
    await eventually(async () => {
      const presence = await delegate.page.getByTestId('presence').innerText();
      expect(presence).toContain('Mexico');
      expect(presence).toContain('Switzerland');
    });

    await Promise.all([a, b, delegate].map(({ context }) => context.close()));
  });

  it('renumbers paragraphs in the margin when a co-facilitator inserts one', async () => {
    const op3 = await paragraphByNumber('OP3');
    const op4 = await paragraphByNumber('OP4');
    const [editor, viewer] = await Promise.all([
      signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test'),
      signIn(suite.browser, suite.server.url, 'observer@demo.test'),
    ]);
    await Promise.all([editor, viewer].map(({ page }) => openDocument(page, DOC)));
    await placeCursorAtEnd(editor.page, op3.pid);
    // Enter at the end of an operative paragraph starts a new operative paragraph after it.
    await editor.page.keyboard.press('Enter');
    await editor.page.keyboard.type('A new paragraph inserted live.');
    await eventually(async () => {
      const number = await viewer.page.locator(`[data-testid="editor"] [data-pid="${op4.pid}"]`).getAttribute('data-number');
      expect(number).toBe('5.');
    }, 10_000);
    const after = await paragraphByNumber('OP4');
    expect(after.text).toBe('A new paragraph inserted live.');
    expect(after.pid).not.toBe(op3.pid);
    await Promise.all([editor, viewer].map(({ context }) => context.close()));
  });

  it('sends a visitor without a session to the login page and shows a clear error on a wrong password', async () => {
    const context = await watchedContext(suite.browser, suite.server.url);
    const page = await context.newPage();
    allowConsoleErrors(page, /status of 401 .*\/api\/auth\/login/);
    await page.goto(`/documents/${DOC}`);
    await page.waitForURL(/\/login/);
    await page.getByTestId('login-email').fill('delegate.eu@demo.test');
    await page.getByTestId('login-password').fill('wrong');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error').innerText()).resolves.toMatch(/password is not correct/i);
    await page.getByTestId('login-password').fill('demo');
    await page.getByTestId('login-submit').click();
    await page.waitForURL(new RegExp(`/documents/${DOC}$`));
    await context.close();
  });

  it('sends an open document page back to sign-in when its session is signed out in another tab', async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, 'delegate.canada@demo.test');
    // The signed-out tab's next requests are refused: that is how it learns of the sign-out.
    allowConsoleErrors(page, /status of 401/);
    await openDocument(page, DOC);
    const other = await context.newPage();
    allowConsoleErrors(other, /status of 401/);
    await other.goto('/');
    const status = await other.evaluate(async () => (await fetch('/api/auth/logout', { method: 'POST' })).status);
    expect(status).toBe(204);
    await page.waitForURL(/\/login/, { timeout: 10_000 });
    await context.close();
  });
});
