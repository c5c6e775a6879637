import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDocument, placeCursorAtEnd, signIn } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { eventually } from '../support/sync-client.ts';

const DOC = 'gcm-compact';
const suite = browserSuite();
const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs');
/** `SCREENSHOTS=1` also saves the README's screenshots to docs/. */
const saveScreenshots = process.env.SCREENSHOTS === '1';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;

/** The editor's content box, and the width of sixty "0" in the text's own font. */
function measureText(page: Page) {
  return page.evaluate(() => {
    const text = document.querySelector<HTMLElement>('[data-testid="editor"] .ProseMirror')!;
    const style = getComputedStyle(text);
    const probe = document.createElement('span');
    probe.style.cssText = `position:absolute;visibility:hidden;white-space:pre;font-family:${style.fontFamily};font-size:${style.fontSize}`;
    probe.textContent = '0'.repeat(60);
    // Beside the text, not in it: the editor owns its DOM.
    text.parentElement!.append(probe);
    const sixtyCharacters = probe.getBoundingClientRect().width;
    probe.remove();
    const content = text.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { content, sixtyCharacters, pageWidth: document.documentElement.scrollWidth };
  });
}

/** The toolbar's controls all sit on one row. */
function toolbarRows(page: Page) {
  return page.getByTestId('toolbar').evaluate((toolbar) => {
    const boxes = [...toolbar.children].map((child) => child.getBoundingClientRect());
    // Controls of different heights are centred on the row: one row means one centre line.
    const centres = boxes.map((box) => Math.round((box.top + box.bottom) / 2));
    return {
      rows: new Set(centres).size,
      height: toolbar.getBoundingClientRect().height,
      tallest: Math.max(...boxes.map((box) => box.height)),
    };
  });
}

const expanded = (page: Page, panel: 'outline' | 'aside') => page.getByTestId(`panel-toggle-${panel}`).getAttribute('aria-expanded');

describe('the drafting room on every screen', () => {
  for (const size of SIZES) {
    it(`keeps at least 60 characters a line and a one-row toolbar at ${size.width}×${size.height}`, async () => {
      const { context, page } = await signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test');
      await page.setViewportSize(size);
      await openDocument(page, DOC);

      const text = await measureText(page);
      expect(text.content).toBeGreaterThanOrEqual(text.sixtyCharacters);
      expect(text.pageWidth).toBeLessThanOrEqual(size.width);
      const toolbar = await toolbarRows(page);
      expect(toolbar.rows).toBe(1);
      expect(toolbar.height).toBeLessThan(toolbar.tallest * 1.8);

      if (size.width === 1024) {
        // Short of space: both panels start collapsed, and the text takes the room.
        await expect(expanded(page, 'outline')).resolves.toBe('false');
        await expect(expanded(page, 'aside')).resolves.toBe('false');
      } else {
        await expect(expanded(page, 'outline')).resolves.toBe('true');
        await expect(expanded(page, 'aside')).resolves.toBe('true');
        await expect(page.getByTestId('outline').isVisible()).resolves.toBe(true);
        await expect(page.getByTestId('sidebar').isVisible()).resolves.toBe(true);
      }
      if (size.width === 1920) {
        // A big screen gives the text more than the minimum, not the same narrow column.
        expect(text.content).toBeGreaterThan(text.sixtyCharacters * 1.3);
      }
      if (saveScreenshots) await page.screenshot({ path: path.join(docs, `screenshot-${size.width}.png`) });
      await context.close();
    });
  }

  it('keeps 60 characters at 1024×768 with large text (A+), and on a 768 px tablet', async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test');
    await page.setViewportSize({ width: 1024, height: 768 });
    await openDocument(page, DOC);
    await page.getByRole('button', { name: 'A+' }).click();
    await eventually(async () => {
      const text = await measureText(page);
      expect(text.content).toBeGreaterThanOrEqual(text.sixtyCharacters);
      expect(text.pageWidth).toBeLessThanOrEqual(1024);
    });
    await page.getByRole('button', { name: 'A', exact: true }).click();
    await page.setViewportSize({ width: 768, height: 1024 });
    await eventually(async () => {
      const text = await measureText(page);
      expect(text.content).toBeGreaterThanOrEqual(text.sixtyCharacters);
      expect(text.pageWidth).toBeLessThanOrEqual(768);
    });
    await context.close();
  });

  it('collapses the outline and the side panel from the keyboard, remembers it per user, and floats a panel that does not fit', async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test');
    await page.setViewportSize({ width: 1440, height: 900 });
    await openDocument(page, DOC);
    await expect(expanded(page, 'outline')).resolves.toBe('true');
    const before = await measureText(page);

    await page.getByTestId('panel-toggle-outline').focus();
    await page.keyboard.press('Enter');
    await expect(expanded(page, 'outline')).resolves.toBe('false');
    await expect(page.getByTestId('outline').isVisible()).resolves.toBe(false);
    await page.getByTestId('panel-toggle-aside').focus();
    await page.keyboard.press('Space');
    await expect(expanded(page, 'aside')).resolves.toBe('false');
    await expect(page.getByTestId('sidebar').isVisible()).resolves.toBe(false);
    const collapsed = await measureText(page);
    expect(collapsed.content).toBeGreaterThan(before.content);

    await page.reload();
    await page.locator('[data-testid="editor"] [data-pid]').first().waitFor();
    await expect(expanded(page, 'outline')).resolves.toBe('false');
    await expect(expanded(page, 'aside')).resolves.toBe('false');

    // Another person in the same browser has their own choice (the default: open at this width).
    await context.clearCookies();
    await page.goto('/login');
    await page.getByTestId('login-email').fill('delegate.canada@demo.test');
    await page.getByTestId('login-password').fill('demo');
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await openDocument(page, DOC);
    await expect(expanded(page, 'outline')).resolves.toBe('true');
    await expect(expanded(page, 'aside')).resolves.toBe('true');

    // At 1024 px an opened side panel floats over the text instead of squeezing it, and Escape closes it.
    await page.setViewportSize({ width: 1024, height: 768 });
    await eventually(async () => {
      await expect(page.getByTestId('panel-aside').getAttribute('data-placement')).resolves.toBe('overlay');
      const text = await measureText(page);
      expect(text.content).toBeGreaterThanOrEqual(text.sixtyCharacters);
    });
    await expect(page.getByTestId('sidebar').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(expanded(page, 'aside')).resolves.toBe('false');
    await context.close();
  });

  it('shows no text between the sticky bars, and keeps the less-used controls in the More menu', async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test');
    await page.setViewportSize({ width: 1024, height: 768 });
    await openDocument(page, DOC);
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(300);
    const seam = await page.evaluate(() => {
      const bar = document.querySelector('.room-bar')!.getBoundingClientRect();
      const top = document.querySelector('.top-bar')!.getBoundingClientRect();
      const text = document.querySelector('[data-testid="editor"]')!.getBoundingClientRect();
      const x = text.left + text.width / 2;
      // Every point from the top bar down to just under the toolbar belongs to a bar, never to the text.
      const covered: string[] = [];
      for (let y = top.bottom - 1; y < bar.bottom + 24; y += 2) {
        const element = document.elementFromPoint(x, y);
        covered.push(element?.closest('.top-bar, .room-bar, .drafting-desk__toolbar') ? 'bar' : (element?.className ?? 'nothing'));
      }
      return { scrolled: window.scrollY, covered, roomBarTop: bar.top, topBarBottom: top.bottom };
    });
    expect(seam.scrolled).toBeGreaterThan(500);
    expect(seam.roomBarTop).toBeCloseTo(seam.topBarBottom, 0);
    expect(seam.covered.every((what) => what === 'bar')).toBe(true);

    await page.getByTestId('toolbar-more').click();
    const menu = page.getByRole('menu', { name: 'More formatting' });
    await expect(menu.getByRole('menuitem').allInnerTexts()).resolves.toEqual([
      expect.stringContaining('Indent as sub-point'),
      expect.stringContaining('Outdent sub-point'),
      expect.stringContaining('Redo'),
    ]);
    await page.keyboard.press('Escape');
    await expect(menu.count()).resolves.toBe(0);
    await context.close();
  });

  it("shows another person's caret label while they type, then hides it", async () => {
    const op2 = await suite.paragraphByNumber('OP2');
    const [watcher, writer] = await Promise.all([
      signIn(suite.browser, suite.server.url, 'delegate.g77@demo.test'),
      signIn(suite.browser, suite.server.url, 'cofacilitator2@demo.test'),
    ]);
    await Promise.all([watcher, writer].map(({ page }) => openDocument(page, DOC)));
    await placeCursorAtEnd(writer.page, op2.pid);
    await writer.page.keyboard.type(' Caret label check.');
    const label = watcher.page.locator('.collaboration-carets__label', { hasText: 'Switzerland' });
    const shown = () => label.evaluate((element) => getComputedStyle(element).visibility);
    await eventually(async () => expect(await shown()).toBe('visible'));
    const lineAbove = await label.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.height;
    });
    expect(lineAbove).toBeLessThan(16);
    await eventually(async () => expect(await shown()).toBe('hidden'), 6000);
    await Promise.all([watcher, writer].map(({ context }) => context.close()));
  });
});
