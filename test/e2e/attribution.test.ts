import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { openDocument, placeCursorAtEnd, signIn, visibleText } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { allowConsoleErrors } from '../support/console-watch.ts';
import { eventually } from '../support/sync-client.ts';

const DOC = 'gcm-compact';
const suite = browserSuite();

const paragraphByNumber = (number: string) => suite.paragraphByNumber(number);
const paragraph = (page: Page, pid: string) => page.locator(`[data-testid="editor"] [data-pid="${pid}"]`);
const writersButton = (page: Page, pid: string) => page.locator(`[data-testid="attribution-button"][data-for-pid="${pid}"]`);

/** The words of the shown paragraph by stakeholder id, in text order, as the panel highlights them. */
async function wordsByStakeholder(panel: Locator): Promise<Record<string, string>> {
  const runs = await panel
    .getByTestId('attribution-run')
    .evaluateAll((spans) =>
      spans.map((span) => ({ stakeholder: span.getAttribute('data-stakeholder-id') ?? '', text: span.textContent ?? '' })),
    );
  const words: Record<string, string> = {};
  for (const run of runs) words[run.stakeholder] = (words[run.stakeholder] ?? '') + run.text;
  return words;
}

const squeeze = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('who wrote this', () => {
  it('shows a delegate the words of the pen-holder, of an accepted proposal and of the zero draft, and follows new edits', async () => {
    const op1 = await paragraphByNumber('OP1');
    const op2 = await paragraphByNumber('OP2');
    expect(op2.text).toContain('depends on concerted action at the national');

    // The co-facilitator (Mexico) holds the pen and types at the end of OP2.
    const cofac = await signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test');
    await openDocument(cofac.page, DOC);
    await placeCursorAtEnd(cofac.page, op2.pid);
    await cofac.page.keyboard.type(' Pen words from Mexico.');
    await eventually(async () => expect((await paragraphByNumber('OP2')).text).toContain('Pen words from Mexico.'), 10_000);

    // The EU tables an amendment to OP2 and the co-facilitator accepts it.
    const [eu, cofacApi] = await Promise.all([
      ApiClient.login(suite.server.url, 'delegate.eu@demo.test'),
      ApiClient.login(suite.server.url, 'cofacilitator@demo.test'),
    ]);
    const current = (await paragraphByNumber('OP2')).text;
    const tabled = await eu.post(`/api/documents/${DOC}/proposals`, {
      pid: op2.pid,
      kind: 'amend',
      text: current.replace('concerted action', 'concerted and well-resourced action'),
      justification: 'Implementation needs means.',
    });
    expect(tabled.status).toBe(201);
    const proposal = (await tabled.json()) as { id: string };
    expect((await cofacApi.post(`/api/proposals/${proposal.id}/accept`)).status).toBe(200);
    await eventually(async () => expect((await paragraphByNumber('OP2')).text).toContain('well-resourced'), 10_000);

    // Canada, a delegate without the pen, opens the document and asks who wrote OP2, from the keyboard.
    const canada = await signIn(suite.browser, suite.server.url, 'delegate.canada@demo.test');
    const page = canada.page;
    await openDocument(page, DOC);
    await paragraph(page, op2.pid).click();
    const toggle = writersButton(page, op2.pid);
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');

    const panel = page.getByTestId('sidebar-panel-attribution');
    await panel.waitFor();
    await expect(page.getByTestId('sidebar-tab-attribution').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(panel.getByTestId('attribution-heading').innerText()).resolves.toBe('Who wrote OP2');
    await eventually(async () =>
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('attribution-heading'),
    );
    await expect(writersButton(page, op2.pid).getAttribute('aria-pressed')).resolves.toBe('true');

    await panel.getByTestId('attribution-legend').waitFor({ timeout: 10_000 });
    const shownText = await panel.getByTestId('attribution-text').innerText();
    expect(shownText).toBe(await visibleText(page, op2.pid));
    const words = await wordsByStakeholder(panel);
    expect(Object.keys(words).sort()).toEqual(['MEX', 'group-eu', 'secretariat']);
    expect(squeeze(words['group-eu'])).toBe('and well-resourced');
    expect(squeeze(words.MEX)).toBe('Pen words from Mexico.');
    expect(words.secretariat).toContain('This Global Compact is a non-legally binding instrument');
    expect(words.secretariat).toContain('concerted');
    expect(words.secretariat).not.toContain('well-resourced');

    // The legend: who, in what capacity, through which proposal, and when.
    const legend = (await panel.getByTestId('attribution-writer').allInnerTexts()).map(squeeze);
    const date = String.raw`\d{1,2} [A-Z][a-z]+ \d{4},? (at )?\d{2}:\d{2}( \(UTC\))?`;
    expect(legend).toHaveLength(3);
    expect(legend[0]).toMatch(new RegExp(`^Secretariat of the intergovernmental process — Amina Diallo \\(secretariat\\), ${date}$`));
    expect(legend).toContainEqual(
      expect.stringMatching(new RegExp(`^European Union — Claire Dubois, tabled; accepted by Ana Morales, ${date}$`)),
    );
    expect(legend).toContainEqual(expect.stringMatching(new RegExp(`^Mexico — Ana Morales \\(co-facilitator\\), ${date}$`)));

    // Each writer has their own colour, and picking one in the legend fades everyone else's words.
    const colours = await panel
      .getByTestId('attribution-writer')
      .evaluateAll((buttons) => buttons.map((b) => getComputedStyle(b.querySelector('.attribution-writer__swatch')!).backgroundColor));
    expect(new Set(colours).size).toBe(3);
    const euEntry = panel.locator('[data-testid="attribution-writer"][data-stakeholder-id="group-eu"]');
    await euEntry.click();
    await expect(euEntry.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(panel.locator('[data-testid="attribution-run"].is-dimmed[data-stakeholder-id="group-eu"]').count()).resolves.toBe(0);
    await expect(panel.locator('[data-testid="attribution-run"].is-dimmed[data-stakeholder-id="MEX"]').count()).resolves.toBeGreaterThan(0);
    await euEntry.press('Enter');
    await expect(euEntry.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(panel.locator('[data-testid="attribution-run"].is-dimmed').count()).resolves.toBe(0);

    // The co-facilitator types more: the open panel catches up by itself, without a reload.
    await placeCursorAtEnd(cofac.page, op2.pid);
    await cofac.page.keyboard.type(' More pen words.');
    await eventually(async () => {
      expect(squeeze((await wordsByStakeholder(panel)).MEX)).toBe('Pen words from Mexico. More pen words.');
      expect(await panel.getByTestId('attribution-text').innerText()).toBe(await visibleText(page, op2.pid));
    }, 10_000);

    // Another paragraph from the picker: OP1 is the secretariat's zero draft, untouched.
    await panel.getByTestId('attribution-paragraph').selectOption(op1.pid);
    await expect(panel.getByTestId('attribution-heading').innerText()).resolves.toBe('Who wrote OP1');
    await eventually(async () => {
      expect(Object.keys(await wordsByStakeholder(panel))).toEqual(['secretariat']);
      expect(await panel.getByTestId('attribution-text').innerText()).toBe(op1.text);
    });

    // The margin button is a toggle: pressed again on the paragraph shown, it closes the tab.
    await paragraph(page, op2.pid).click();
    await eventually(async () => expect(await panel.getByTestId('attribution-heading').innerText()).toBe('Who wrote OP2'));
    await writersButton(page, op2.pid).click();
    await expect(page.getByTestId('sidebar-tab-proposals').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(writersButton(page, op2.pid).getAttribute('aria-pressed')).resolves.toBe('false');

    await Promise.all([cofac.context.close(), canada.context.close()]);
  });

  it('says when a paragraph has no words yet, fills in as the pen-holder writes, and says when it is gone', async () => {
    const op6 = await paragraphByNumber('OP6');
    const [cofac, canada] = await Promise.all([
      signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test'),
      signIn(suite.browser, suite.server.url, 'delegate.canada@demo.test'),
    ]);
    // The paragraph is deleted while its writers are open: the server answers 404, which the panel reads as gone.
    for (const { page } of [cofac, canada]) allowConsoleErrors(page, /status of 404 .*\/attribution/);
    await Promise.all([cofac, canada].map(({ page }) => openDocument(page, DOC)));
    await placeCursorAtEnd(cofac.page, op6.pid);
    await cofac.page.keyboard.press('Enter');
    let fresh = { pid: '', text: 'not yet' };
    await eventually(async () => {
      fresh = await paragraphByNumber('OP7');
      expect(fresh.text).toBe('');
    }, 10_000);

    const page = canada.page;
    await page.getByTestId('sidebar-tab-attribution').click();
    const panel = page.getByTestId('sidebar-panel-attribution');
    await expect(panel.getByTestId('attribution-panel').innerText()).resolves.toContain('Click a paragraph, or choose one above');
    await eventually(async () => expect(await panel.locator(`option[value="${fresh.pid}"]`).count()).toBe(1));
    await panel.getByTestId('attribution-paragraph').selectOption(fresh.pid);
    await eventually(async () => expect(await panel.getByTestId('state-empty').innerText()).toBe('OP7 has no words yet.'), 10_000);

    await cofac.page.keyboard.type('Fresh words.');
    await eventually(async () => expect(await wordsByStakeholder(panel)).toEqual({ MEX: 'Fresh words.' }), 10_000);

    // The pen-holder takes the paragraph out again: the panel says so rather than showing stale words.
    for (let i = 0; i <= 'Fresh words.'.length; i++) await cofac.page.keyboard.press('Backspace');
    await eventually(async () => expect((await paragraphByNumber('OP7')).pid).not.toBe(fresh.pid), 10_000);
    await eventually(async () => {
      expect(await panel.getByTestId('state-empty').innerText()).toBe('This paragraph is no longer in the text.');
      expect(await panel.getByTestId('attribution-run').count()).toBe(0);
    }, 10_000);

    await Promise.all([cofac.context.close(), canada.context.close()]);
  });
});
