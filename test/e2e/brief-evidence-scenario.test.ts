import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { openDocument, signIn, visibleText } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { paragraphByNumber } from '../support/paragraphs.ts';
import { eventually } from '../support/sync-client.ts';

// Issue brief 1: OHCHR and WHO are its co-leads; IOM is another agency of the Network.
const BRIEF = 'gcm-brief-1';
const COMPACT = 'gcm-compact';
const suite = browserSuite(BRIEF);

const block = (page: Page, pid: string) => page.locator(`[data-testid="editor"] [data-pid="${pid}"]`);
const marginButton = (page: Page, testId: string, pid: string) => page.locator(`[data-testid="${testId}"][data-for-pid="${pid}"]`);

describe('a brief from circulation to the evidence behind the compact', () => {
  it('OHCHR circulates brief 1, IOM submits an input, OHCHR takes it in with an edit as WHO watches, and a delegate follows OP5 to it', async () => {
    const target = await suite.paragraphByNumber('¶2');
    const op5 = await paragraphByNumber(suite.server.url, COMPACT, 'OP5');
    const ohchrApi = await ApiClient.login(suite.server.url, 'agency.ohchr@demo.test');
    // The demo has brief 1 out for comments already: its co-lead takes it back to draft to circulate it here.
    await ohchrApi.json('PUT', `/api/documents/${BRIEF}/stage`, { stage: 'draft' });

    const [ohchr, iom, who] = await Promise.all([
      signIn(suite.browser, suite.server.url, 'agency.ohchr@demo.test'),
      signIn(suite.browser, suite.server.url, 'agency.iom@demo.test'),
      signIn(suite.browser, suite.server.url, 'agency.who@demo.test'),
    ]);

    // 1. OHCHR circulates the brief from its header.
    await openDocument(ohchr.page, BRIEF);
    await ohchr.page.getByTestId('move-to-circulated').click();
    await ohchr.page.getByTestId('brief-stage-dialog').getByTestId('brief-stage-confirm').click();
    await ohchr.page.getByTestId('document-stage').getByText('Circulated for comments').waitFor();

    // 2. IOM, which now sees the brief, submits an input with its source and SDG target 10.7.
    await openDocument(iom.page, BRIEF);
    await block(iom.page, target.pid).click();
    await marginButton(iom.page, 'input-submit-button', target.pid).click();
    const form = iom.page.getByTestId('input-form');
    await form.waitFor();
    const proposed = `${target.text} Remittances to low- and middle-income countries reached 540 billion dollars in 2020.`;
    await form.getByTestId('input-placement-against').check();
    await form.getByTestId('input-type').selectOption('data-point');
    await form.getByTestId('input-text-field').fill(proposed);
    await form.getByTestId('input-rationale').fill('The latest figure.');
    await form.getByTestId('input-source-title').fill('Migration and Development Brief 34');
    await form.getByTestId('input-source-publisher').fill('KNOMAD');
    await form.getByTestId('input-source-year').fill('2021');
    await form.getByTestId('input-sdg-option').and(iom.page.locator('[data-target="10.7"]')).check();
    await form.getByTestId('input-form-submit').click();
    await iom.page.getByTestId('input-form-dialog').waitFor({ state: 'detached' });
    const iomCard = iom.page.getByTestId('input-card').first();
    await iomCard.waitFor();
    const inputId = (await iomCard.getAttribute('data-input-id'))!;

    // 3. OHCHR incorporates it with an edit while WHO, the other co-lead, watches the brief.
    await openDocument(who.page, BRIEF);
    await ohchr.page.getByTestId('sidebar-tab-inputs').click();
    const ohchrCard = ohchr.page.locator(`[data-testid="input-card"][data-input-id="${inputId}"]`);
    await ohchrCard.waitFor({ timeout: 10_000 });
    await ohchrCard.getByTestId('input-incorporate-edit').click();
    const editDialog = ohchr.page.getByTestId('input-edit-dialog');
    const revised = `${target.text} Remittances to low- and middle-income countries came to some 540 billion dollars in 2020.`;
    await editDialog.getByTestId('input-edit-text').fill(revised);
    await editDialog.getByTestId('input-edit-confirm').click();
    await editDialog.waitFor({ state: 'detached' });
    await expect.poll(() => visibleText(who.page, target.pid), { timeout: 10_000 }).toBe(revised);

    // 4. IOM is notified, sees the outcome, and the brief credits the words to IOM.
    await iom.page.getByTestId('notifications-count').waitFor({ timeout: 10_000 });
    const decided = iom.page.locator(`[data-testid="input-card"][data-input-id="${inputId}"][data-status="incorporated-with-edit"]`);
    await decided.waitFor({ timeout: 10_000 });
    expect(await decided.getByTestId('input-decision').innerText()).toContain('IOM input, as revised by OHCHR');
    await iom.page.getByTestId('sidebar-tab-attribution').click();
    await iom.page.getByTestId('attribution-paragraph').selectOption(target.pid);
    await iom.page.getByTestId('attribution-writer').filter({ hasText: 'IOM input, as revised by OHCHR' }).waitFor({ timeout: 10_000 });

    // 5. The co-facilitator links OP5 of the compact to that paragraph, naming IOM's input.
    const cofacilitator = await signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test');
    await openDocument(cofacilitator.page, COMPACT);
    await block(cofacilitator.page, op5.pid).click();
    await marginButton(cofacilitator.page, 'evidence-link-button', op5.pid).click();
    const dialog = cofacilitator.page.getByTestId('evidence-dialog');
    await dialog.getByTestId('evidence-dialog-document').selectOption(BRIEF);
    await dialog.getByTestId('evidence-dialog-paragraph').locator(`option[value="${target.pid}"]`).waitFor({ state: 'attached' });
    await dialog.getByTestId('evidence-dialog-paragraph').selectOption(target.pid);
    const inputPicker = dialog.getByTestId('evidence-dialog-input');
    await inputPicker.locator(`option[value="${inputId}"]`).waitFor({ state: 'attached' });
    await inputPicker.selectOption(inputId);
    await dialog.getByTestId('evidence-dialog-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(
      async () => expect(await marginButton(cofacilitator.page, 'evidence-mark', op5.pid).textContent()).toBe('Evidence (1)'),
      10_000,
    );

    // 6. Once the brief is finalised, endorsed and published, a delegate follows the evidence from OP5 in one click.
    await ohchrApi.json('PUT', `/api/documents/${BRIEF}/stage`, { stage: 'finalization' });
    const secretariat = await ApiClient.login(suite.server.url, 'secretariat@demo.test');
    await secretariat.json('PUT', `/api/documents/${BRIEF}/stage`, { stage: 'endorsed' });
    await secretariat.json('PUT', `/api/documents/${BRIEF}/stage`, { stage: 'published' });
    const delegate = await signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test');
    await openDocument(delegate.page, COMPACT);
    await marginButton(delegate.page, 'evidence-mark', op5.pid).click();
    const link = delegate.page.getByTestId('evidence-popover').getByTestId('evidence-popover-link');
    expect(await link.textContent()).toContain('Issue brief 1, ¶2');
    await link.click();
    await delegate.page.waitForURL((url) => url.pathname === `/documents/${BRIEF}` && url.hash === `#pid=${target.pid}`);
    await delegate.page.locator(`[data-testid="editor"] .is-spotlit[data-pid="${target.pid}"]`).waitFor({ timeout: 10_000 });
    expect(await visibleText(delegate.page, target.pid)).toBe(revised);
  });
});
