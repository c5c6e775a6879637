import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDocument, signIn } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';

const DOC = 'gcm-compact';
const suite = browserSuite();

/** Opens the comment form from the keyboard on the first words of a paragraph of the read-only text. */
async function openCommentForm(page: Page) {
  await page.locator('#document-text').focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+Alt+KeyM');
  const form = page.getByTestId('thread-form');
  await form.waitFor();
  return form;
}

describe('the words on the screen', () => {
  it('offers the EU two audiences that read differently, and @EU suggests the EU, not Germany', async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test');
    await openDocument(page, DOC);
    const form = await openCommentForm(page);
    const labels = await form.getByTestId('thread-visibility').locator('option').allInnerTexts();
    expect(labels).toEqual(['All participants', 'EU delegation only', 'EU and its member states', 'Co-facilitators and me']);

    const body = form.getByTestId('thread-body');
    await body.click();
    await body.pressSequentially('@EU');
    const options = page.getByTestId('mention-option');
    await options.first().waitFor();
    const suggested = await options.allInnerTexts();
    expect(suggested[0]).toContain('European Union');
    expect(suggested.join(' | ')).not.toMatch(/Germany|0 people/);
    await context.close();
  });

  it("labels the briefs' stage like the compact's, capitalised", async () => {
    // The secretariat sees every brief, whatever its stage.
    const { context, page } = await signIn(suite.browser, suite.server.url, 'secretariat@demo.test');
    await page.getByTestId('doc-item').first().waitFor();
    const stages = await page.locator('[data-testid="doc-item"] .doc-item__status').allInnerTexts();
    const [compact, ...briefs] = stages.map((stage) => stage.replace(/^\s*·\s*/, ''));
    expect(compact).toBe('Zero draft');
    expect(briefs.length).toBeGreaterThan(0);
    expect(new Set(briefs)).toEqual(new Set(['Draft', 'Circulated for comments', 'Under finalization', 'Published']));
    await context.close();
  });

  it('shows the whole label of every paragraph type in the menu', async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test');
    await openDocument(page, DOC);
    const menu = page.getByTestId('block-type');
    const fits = await menu.evaluate((select: HTMLSelectElement) => {
      const style = getComputedStyle(select);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const widest = Math.max(...Array.from(select.options).map((o) => context.measureText(o.text).width));
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16; // the arrow
      return { widest, room };
    });
    expect(fits.widest).toBeLessThanOrEqual(fits.room);
    await context.close();
  });
});
