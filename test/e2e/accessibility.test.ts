import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from '../support/axe.ts';
import { openDocument, signIn, watchedContext } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';

const DOC = 'gcm-compact';
const suite = browserSuite();

async function expectAccessible(page: Page, what: string): Promise<void> {
  expect(await seriousAccessibilityViolations(page), what).toEqual([]);
}

describe('no serious or critical accessibility violations (axe-core)', () => {
  it('on the login page', async () => {
    const context = await watchedContext(suite.browser, suite.server.url);
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByTestId('login-email').waitFor();
    await expectAccessible(page, 'login page');
    await context.close();
  });

  it('on the home page, a document (read only and with the pen) and the compilation', async () => {
    const delegate = await signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test');
    await delegate.page.getByTestId('doc-item').first().waitFor();
    await expectAccessible(delegate.page, 'home page');
    await openDocument(delegate.page, DOC);
    await expectAccessible(delegate.page, 'document, read only');
    // The comment form, opened from the keyboard on words selected in the read-only text.
    await delegate.page.locator('#document-text').focus();
    for (let i = 0; i < 4; i++) await delegate.page.keyboard.press('ArrowDown');
    await delegate.page.keyboard.press('End');
    await delegate.page.keyboard.press('Shift+Home');
    await delegate.page.keyboard.press('Control+Alt+KeyM');
    await delegate.page.getByTestId('thread-form').waitFor();
    await expectAccessible(delegate.page, 'document with the comment form open');
    await delegate.page.goto(`/documents/${DOC}/compilation`);
    await delegate.page.getByTestId('compilation').waitFor();
    await expectAccessible(delegate.page, 'compilation');

    const cofacilitator = await signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test');
    await openDocument(cofacilitator.page, DOC);
    await cofacilitator.page.getByTestId('toolbar').waitFor();
    await expectAccessible(cofacilitator.page, 'document, with the pen');
    await Promise.all([delegate, cofacilitator].map(({ context }) => context.close()));
  });
});
