import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { seriousAccessibilityViolations } from '../support/axe.ts';
import { openDocument, signIn } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';

const DOC = 'gcm-compact';
const suite = browserSuite();

describe('the export menu', () => {
  it('opens from the keyboard, moves with the arrow keys, and saves the Markdown with the numbers of the text', async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test');
    await openDocument(page, DOC);
    const button = page.getByTestId('export-button');
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Export' });
    await menu.waitFor();
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Word: clean text');
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Word: proposals as tracked changes');
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    // Escape closes the menu and gives the focus back to its button.
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('export-button');

    await page.keyboard.press('ArrowUp');
    await menu.waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Markdown');
    const saved = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const download = await saved;
    expect(download.suggestedFilename()).toBe('gcm-compact.md');
    const markdown = fs.readFileSync(await download.path(), 'utf8');
    const op1 = await suite.paragraphByNumber('OP1');
    expect(markdown).toContain(`**OP1** ${op1.text}`);
    expect(markdown).toContain('**PP1** *Recalling* the New York Declaration');
    await page.getByTestId('export-status').and(page.getByText('Saved gcm-compact.md')).waitFor();
    await context.close();
  });

  it('saves the PDF compilation with the mouse, and picks the two revisions of a Word redline', async () => {
    const cofacilitator = await ApiClient.login(suite.server.url, 'cofacilitator@demo.test');
    await cofacilitator.json('POST', `/api/documents/${DOC}/revisions`, { name: 'Rev.1', issuedOn: '2018-03-05' });
    await cofacilitator.json('POST', `/api/documents/${DOC}/revisions`, { name: 'Rev.2', issuedOn: '2018-05-28' });
    const { context, page } = await signIn(suite.browser, suite.server.url, 'observer@demo.test');
    await openDocument(page, DOC);
    await page.getByTestId('export-button').click();
    const saved = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'PDF: compilation' }).click();
    const download = await saved;
    expect(download.suggestedFilename()).toBe('gcm-compact-Rev.2-compilation.pdf');
    expect(
      fs
        .readFileSync(await download.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    await page.getByTestId('export-button').click();
    await page.getByRole('menuitem', { name: 'Word: redline between revisions…' }).click();
    const dialog = page.getByTestId('redline-dialog');
    await dialog.waitFor();
    await expect(page.getByTestId('redline-from').locator('option:checked').textContent()).resolves.toBe('Rev.1');
    await expect(page.getByTestId('redline-to').locator('option:checked').textContent()).resolves.toBe('Rev.2');
    await page.getByTestId('redline-to').selectOption({ label: 'Rev.1' });
    await expect(page.getByTestId('redline-export').isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await context.close();
  });
});
