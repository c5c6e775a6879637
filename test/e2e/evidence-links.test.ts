import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { seriousAccessibilityViolations } from '../support/axe.ts';
import { openDocument, signIn } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { paragraphByNumber } from '../support/paragraphs.ts';
import { eventually } from '../support/sync-client.ts';

const COMPACT = 'gcm-compact';
const PUBLISHED_BRIEF = 'gcm-brief-6';
const suite = browserSuite();

const paragraph = (page: Page, pid: string) => page.locator(`[data-testid="editor"] [data-pid="${pid}"]`);
const marginButton = (page: Page, testId: string, pid: string) => page.locator(`[data-testid="${testId}"][data-for-pid="${pid}"]`);

/** Whether the element is inside the window, top to bottom. */
const inView = (page: Page, pid: string) =>
  paragraph(page, pid).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });

describe('evidence linked to the compact', () => {
  it('the co-facilitator links OP5 to a published brief; a delegate sees the mark and lands on the evidence in one click', async () => {
    const op5 = await suite.paragraphByNumber('OP5');
    const evidence = await paragraphByNumber(suite.server.url, PUBLISHED_BRIEF, '¶4');

    // The delegate watches the compact before the link exists.
    const delegate = await signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test');
    await openDocument(delegate.page, COMPACT);
    expect(await marginButton(delegate.page, 'evidence-mark', op5.pid).count()).toBe(0);
    // Nobody but the pen-holders and the co-leads is offered to link.
    await paragraph(delegate.page, op5.pid).click();
    await delegate.page.waitForTimeout(200);
    expect(await marginButton(delegate.page, 'evidence-link-button', op5.pid).count()).toBe(0);

    const { page } = await signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test');
    await openDocument(page, COMPACT);
    await paragraph(page, op5.pid).click();
    await marginButton(page, 'evidence-link-button', op5.pid).click();
    const dialog = page.getByTestId('evidence-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('evidence-dialog-document').selectOption(PUBLISHED_BRIEF);
    const paragraphPicker = dialog.getByTestId('evidence-dialog-paragraph');
    await paragraphPicker.locator(`option[value="${evidence.pid}"]`).waitFor({ state: 'attached' });
    expect(await paragraphPicker.locator(`option[value="${evidence.pid}"]`).textContent()).toMatch(/^¶4 /);
    await paragraphPicker.selectOption(evidence.pid);
    await dialog.getByTestId('evidence-dialog-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () => expect(await marginButton(page, 'evidence-mark', op5.pid).textContent()).toBe('Evidence (1)'), 10_000);
    const listed = page.getByTestId('evidence-link');
    expect(await listed.getByTestId('evidence-open').textContent()).toBe('Issue brief 6, ¶4');
    expect(await listed.getByTestId('evidence-remove').count()).toBe(1);

    // The delegate's page shows the mark without a reload, then opens the evidence with one click.
    const mark = marginButton(delegate.page, 'evidence-mark', op5.pid);
    await mark.waitFor({ timeout: 10_000 });
    expect(await mark.textContent()).toBe('Evidence (1)');
    await mark.click();
    const popover = delegate.page.getByTestId('evidence-popover');
    const open = popover.getByTestId('evidence-popover-link');
    await open.waitFor();
    expect(await open.textContent()).toBe('Issue brief 6, ¶4');
    await open.click();
    await delegate.page.waitForURL((url) => url.pathname === `/documents/${PUBLISHED_BRIEF}` && url.hash === `#pid=${evidence.pid}`);
    await delegate.page.locator(`[data-testid="editor"] .is-spotlit[data-pid="${evidence.pid}"]`).waitFor({ timeout: 10_000 });
    await eventually(async () => expect(await inView(delegate.page, evidence.pid)).toBe(true));

    // The brief names the compact paragraph it informs, and leads back to it.
    const cited = marginButton(delegate.page, 'evidence-mark', evidence.pid);
    await cited.waitFor();
    expect(await cited.textContent()).toBe('Cited by OP5');
    await cited.click();
    const back = delegate.page.getByTestId('evidence-popover').getByTestId('evidence-popover-link');
    expect(await back.textContent()).toBe('Compact, OP5');
    await back.click();
    await delegate.page.waitForURL((url) => url.pathname === `/documents/${COMPACT}` && url.hash === `#pid=${op5.pid}`);
    await delegate.page.locator(`[data-testid="editor"] .is-spotlit[data-pid="${op5.pid}"]`).waitFor({ timeout: 10_000 });

    // The Evidence tab says who linked it; only those who may remove it get the button.
    await marginButton(delegate.page, 'evidence-mark', op5.pid).click();
    await delegate.page.getByTestId('evidence-popover').getByRole('button', { name: 'Details in the Evidence tab' }).click();
    const details = delegate.page.getByTestId('evidence-panel').getByTestId('evidence-link');
    await details.waitFor();
    expect(await details.textContent()).toContain('linked by');
    expect(await details.getByTestId('evidence-remove').count()).toBe(0);
  });

  it("a brief's co-lead links the paragraph an agency's input was taken into, naming the input, from the brief's side", async () => {
    const brief = 'gcm-brief-1';
    const [unicef, ohchr] = await Promise.all([
      ApiClient.login(suite.server.url, 'agency.unicef@demo.test'),
      ApiClient.login(suite.server.url, 'agency.ohchr@demo.test'),
    ]);
    const first = await paragraphByNumber(suite.server.url, brief, '¶1');
    const submitted = await unicef.json<{ id: string }>('POST', `/api/documents/${brief}/inputs`, {
      pid: first.pid,
      placement: 'against',
      type: 'data-point',
      text: 'Children make up about one in eight international migrants.',
      sources: [{ title: 'Child migration data', publisher: 'UNICEF', year: 2024, url: 'https://example.org/children' }],
    });
    const decided = await ohchr.json<{ decision: { resultPid: string } }>('POST', `/api/inputs/${submitted.id}/incorporate`, {});
    const resultPid = decided.decision.resultPid;
    const op3 = await suite.paragraphByNumber('OP3');

    const { page } = await signIn(suite.browser, suite.server.url, 'agency.ohchr@demo.test');
    await openDocument(page, brief);
    await paragraph(page, resultPid).click();
    await marginButton(page, 'evidence-link-button', resultPid).click();
    const dialog = page.getByTestId('evidence-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('evidence-dialog-document').selectOption(COMPACT);
    await dialog.getByTestId('evidence-dialog-paragraph').locator(`option[value="${op3.pid}"]`).waitFor({ state: 'attached' });
    await dialog.getByTestId('evidence-dialog-paragraph').selectOption(op3.pid);
    const inputPicker = dialog.getByTestId('evidence-dialog-input');
    await inputPicker.locator(`option[value="${submitted.id}"]`).waitFor({ state: 'attached' });
    expect(await inputPicker.locator(`option[value="${submitted.id}"]`).textContent()).toMatch(/^UNICEF input/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await inputPicker.selectOption(submitted.id);
    await dialog.getByTestId('evidence-dialog-confirm').click();
    await dialog.waitFor({ state: 'detached' });

    const cited = marginButton(page, 'evidence-mark', resultPid);
    await cited.waitFor({ timeout: 10_000 });
    expect(await cited.textContent()).toBe('Cited by OP3');
    const [stored] = await ohchr.json<{ label: string; input: { id: string } }[]>(
      'GET',
      `/api/documents/${COMPACT}/paragraphs/${op3.pid}/links`,
    );
    expect(stored).toMatchObject({
      input: { id: submitted.id },
      label: expect.stringMatching(/^Informed by Issue brief 1, ¶\d+, UNICEF input$/),
    });
  });
});
