import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ApiClient } from '../support/api-client.ts';
import { seriousAccessibilityViolations } from '../support/axe.ts';
import { signIn } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { paragraphByNumber } from '../support/paragraphs.ts';
import { eventually } from '../support/sync-client.ts';
import { decideInput, moveBrief, submitInput } from '../support/technical-inputs.ts';

const BRIEF_1 = 'gcm-brief-1';
const BRIEF_3 = 'gcm-brief-3';
const suite = browserSuite(BRIEF_1);

const login = (email: string) => ApiClient.login(suite.server.url, email);

/** IOM: 3 inputs to brief 1 (taken in, taken in with an edit, declined); UNICEF: 2 (one awaiting, one withdrawn); OHCHR: 1 to brief 3. */
beforeAll(async () => {
  const [iom, ohchr, who, unicef] = await Promise.all(
    ['agency.iom@demo.test', 'agency.ohchr@demo.test', 'agency.who@demo.test', 'agency.unicef@demo.test'].map(login),
  );
  const after = (await paragraphByNumber(suite.server.url, BRIEF_1, '¶1')).pid;
  const taken = await submitInput(
    iom!,
    BRIEF_1,
    after,
    'data-point',
    'Some 258 million people lived outside their country of birth in 2017.',
  );
  const edited = await submitInput(
    iom!,
    BRIEF_1,
    after,
    'policy-recommendation',
    'States should provide firewalls between services and enforcement.',
  );
  const refused = await submitInput(iom!, BRIEF_1, after, 'good-practice', 'Municipal identity cards open services to every resident.');
  await submitInput(unicef!, BRIEF_1, after, 'correction', 'Children account for one in eight international migrants.');
  const withdrawn = await submitInput(
    unicef!,
    BRIEF_1,
    after,
    'data-point',
    'About 31 million children lived outside their country of birth.',
  );
  await decideInput(ohchr!, taken, 'incorporate');
  await decideInput(who!, edited, 'incorporate', { text: 'States should separate access to services from immigration enforcement.' });
  await decideInput(ohchr!, refused, 'decline', { reason: 'Already covered in the section on local government.' });
  await decideInput(unicef!, withdrawn, 'withdraw');
  await moveBrief(iom!, BRIEF_3, 'circulated');
  const brief3 = (await paragraphByNumber(suite.server.url, BRIEF_3, '¶1')).pid;
  await submitInput(ohchr!, BRIEF_3, brief3, 'data-point', 'Forty per cent of returnees report no reintegration support.');
});

const cell = (page: Page, agencyId: string, documentId: string) =>
  page.locator(`[data-testid="matrix-cell"][data-agency="${agencyId}"][data-document="${documentId}"]`);

/** A cell of the picture as it is drawn: its count, and each segment of its bar by outcome. */
async function drawnCell(page: Page, agencyId: string, documentId: string) {
  return cell(page, agencyId, documentId).evaluate((element) => ({
    count: element.querySelector('[data-testid="matrix-cell-count"]')?.textContent ?? null,
    coLead: element.hasAttribute('data-co-lead'),
    segments: Object.fromEntries(
      [...element.querySelectorAll('[data-outcome]')].map((s) => [s.getAttribute('data-outcome'), Number(s.getAttribute('data-count'))]),
    ),
  }));
}

describe('the contributions across the briefs', () => {
  it('shows the secretariat the picture with the right counts, the same numbers as a table, and opens a brief from a cell', async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, 'secretariat@demo.test');
    await page.getByTestId('home-contributions-link').click();
    await page.waitForURL((url) => url.pathname === '/contributions');
    await page.getByRole('heading', { name: 'Contributions to the issue briefs' }).waitFor();
    const picture = page.getByTestId('contribution-matrix-picture');
    await picture.waitFor();

    await expect(drawnCell(page, 'agency-iom', BRIEF_1)).resolves.toEqual({
      count: '3',
      coLead: false,
      segments: { incorporated: 1, partlyIncorporated: 1, declined: 1 },
    });
    await expect(drawnCell(page, 'agency-unicef', BRIEF_1)).resolves.toEqual({
      count: '2',
      coLead: false,
      segments: { submitted: 1, withdrawn: 1 },
    });
    await expect(drawnCell(page, 'agency-ohchr', BRIEF_3)).resolves.toEqual({ count: '1', coLead: false, segments: { submitted: 1 } });
    // The co-leads' own cells are marked, and show no count when they submitted nothing.
    await expect(drawnCell(page, 'agency-ohchr', BRIEF_1)).resolves.toEqual({ count: null, coLead: true, segments: {} });
    await expect(drawnCell(page, 'agency-iom', BRIEF_3)).resolves.toMatchObject({ count: null, coLead: true });
    const drawn = await page
      .getByTestId('matrix-cell')
      .evaluateAll((cells) =>
        cells
          .filter((c) => c.getAttribute('data-total') !== '0')
          .map((c) => `${c.getAttribute('data-agency')} ${c.getAttribute('data-document')} ${c.getAttribute('data-total')}`),
      );
    expect(drawn).toEqual([`agency-iom ${BRIEF_1} 3`, `agency-ohchr ${BRIEF_3} 1`, `agency-unicef ${BRIEF_1} 2`]);
    await expect(picture.locator('.matrix-picture__column').allTextContents()).resolves.toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `Brief ${n}`),
    );

    // Hovering a cell tells its breakdown.
    await cell(page, 'agency-iom', BRIEF_1).hover();
    const tooltip = page.getByTestId('matrix-tooltip');
    await expect(tooltip.innerText()).resolves.toMatch(
      /IOM, Brief 1[\s\S]*Incorporated: 1[\s\S]*Partly incorporated: 1[\s\S]*Declined: 1[\s\S]*Total: 3/,
    );

    // So does moving the keyboard focus onto one.
    await cell(page, 'agency-unicef', BRIEF_1).focus();
    await expect(tooltip.innerText()).resolves.toMatch(/UNICEF, Brief 1[\s\S]*Awaiting decision: 1[\s\S]*Withdrawn: 1[\s\S]*Total: 2/);

    // The table, for screen readers and for reading, agrees with the picture cell by cell.
    const table = page.getByTestId('contribution-matrix-table');
    await expect(table.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Show as table' }).click();
    await table.waitFor();
    const tabled = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.flatMap((row) =>
          [...row.querySelectorAll('[data-testid="matrix-table-cell"]')]
            .filter((c) => c.getAttribute('data-total') !== '0')
            .map((c) => `${row.getAttribute('data-agency')} ${c.getAttribute('data-document')} ${c.getAttribute('data-total')}`),
        ),
      );
    expect(tabled).toEqual(drawn);
    const iomRow = table.locator('tr[data-agency="agency-iom"]');
    await expect(iomRow.locator(`[data-document="${BRIEF_1}"]`).innerText()).resolves.toMatch(
      /3\s*1 incorporated, 1 partly incorporated, 1 declined/,
    );
    await expect(iomRow.getByTestId('matrix-row-total').innerText()).resolves.toBe('3');
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);

    await cell(page, 'agency-iom', BRIEF_1).click();
    await page.waitForURL((url) => url.pathname === `/documents/${BRIEF_1}`);
    await page.getByTestId('contributions-link').waitFor();
    await context.close();
  });

  it("shows brief 1's table by agency and outcome, co-leads first and marked, from the brief's header", async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, 'agency.unicef@demo.test');
    await page.goto(`/documents/${BRIEF_1}`);
    await page.getByTestId('contributions-link').click();
    await page.waitForURL((url) => url.pathname === `/documents/${BRIEF_1}/contributions`);
    const table = page.getByTestId('brief-contributions-table');
    await table.waitFor();
    const rows = await table
      .locator('tbody tr, tfoot tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.trim())));
    // Agency, incorporated, partly incorporated, declined, awaiting decision, withdrawn, total.
    expect(rows).toEqual([
      ['OHCHR co-lead', '0', '0', '0', '0', '0', '0'],
      ['WHO co-lead', '0', '0', '0', '0', '0', '0'],
      ['IOM', '1', '1', '1', '0', '0', '3'],
      ['UNICEF', '0', '0', '0', '1', '1', '2'],
      ['All agencies', '1', '1', '1', '1', '1', '5'],
    ]);
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await page.getByRole('link', { name: 'Contributions to every brief' }).click();
    await page.waitForURL((url) => url.pathname === '/contributions');
    await page.getByTestId('contribution-matrix-picture').waitFor();
    await context.close();
  });

  it('keeps the picture inside its box on a narrow screen', async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test');
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/contributions');
    await page.getByTestId('contribution-matrix-picture').waitFor();
    // The page's own box stays within the screen (the app's top bar is not this page's); the picture scrolls inside it.
    const widths = await page.evaluate(() => {
      const scroller = document.querySelector('.contribution-scroller')!;
      scroller.scrollLeft = scroller.scrollWidth;
      return {
        scrolled: scroller.scrollLeft,
        page: document.querySelector('.page--contributions')!.getBoundingClientRect().right,
        viewport: window.innerWidth,
        box: scroller.clientWidth,
        picture: scroller.scrollWidth,
      };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.scrolled).toBe(widths.picture - widths.box);
    expect(widths.picture).toBeGreaterThan(widths.box);
    await context.close();
  });

  it('gives delegations no link to it, and their refusal at the address', async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test');
    await page.getByRole('heading', { name: 'Documents' }).waitFor();
    await expect(page.getByTestId('home-contributions-link').count()).resolves.toBe(0);
    await page.goto('/contributions');
    await page.getByTestId('state-error').waitFor();
    await expect(page.getByTestId('state-error').innerText()).resolves.toMatch(/secretariat, the co-facilitators and the agencies/);
    await eventually(async () => expect(page.getByTestId('contribution-matrix-picture').count()).resolves.toBe(0));
    await context.close();
  });

  it('counts a new input live, without a reload', async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, 'secretariat@demo.test');
    await page.goto('/contributions');
    await cell(page, 'agency-ohchr', BRIEF_3).waitFor();
    await expect(cell(page, 'agency-unicef', BRIEF_3).count()).resolves.toBe(0);
    const pid = (await paragraphByNumber(suite.server.url, BRIEF_3, '¶1')).pid;
    await submitInput(
      await login('agency.unicef@demo.test'),
      BRIEF_3,
      pid,
      'other',
      'Return decisions for children follow a best-interests determination.',
    );
    await cell(page, 'agency-unicef', BRIEF_3).waitFor({ timeout: 10_000 });
    await expect(drawnCell(page, 'agency-unicef', BRIEF_3)).resolves.toEqual({ count: '1', coLead: false, segments: { submitted: 1 } });
    await context.close();
  });
});
