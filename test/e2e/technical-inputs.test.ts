import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { seriousAccessibilityViolations } from '../support/axe.ts';
import { openDocument, signIn, visibleText } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { allowConsoleErrors } from '../support/console-watch.ts';

// The demo has brief 1 circulated: OHCHR and WHO are its co-leads, IOM and UNICEF other agencies.
const BRIEF = 'gcm-brief-1';
const suite = browserSuite(BRIEF);

async function openInputsTab(page: Page): Promise<void> {
  await page.getByTestId('sidebar-tab-inputs').click();
  await page.getByTestId('input-panel').waitFor();
}

/** The card of an input in the tab, by its id. */
const cardOf = (page: Page, id: string) => page.locator(`[data-testid="input-card"][data-input-id="${id}"]`);

/** Clicks into a paragraph so that its margin buttons show, then presses "Technical input". */
async function pressTechnicalInput(page: Page, pid: string): Promise<void> {
  await page.locator(`[data-testid="editor"] [data-pid="${pid}"]`).click();
  await page.locator(`[data-testid="input-submit-button"][data-for-pid="${pid}"]`).click();
  await page.getByTestId('input-form-dialog').waitFor();
}

async function submitByApi(api: ApiClient, pid: string, text: string): Promise<{ id: string }> {
  return api.json('POST', `/api/documents/${BRIEF}/inputs`, {
    pid,
    type: 'data-point',
    text,
    rationale: 'Evidence from the field.',
    sources: [{ title: 'Field survey', publisher: 'UN', year: 2017, url: 'https://example.org/survey' }],
    sdgTargets: [],
  });
}

describe('technical inputs to an issue brief', () => {
  it('IOM submits an input through the form, OHCHR incorporates it with an edit as WHO watches, and IOM sees the outcome and the attribution', async () => {
    const paragraph = await suite.paragraphByNumber('¶2');
    const [iom, ohchr, who] = await Promise.all([
      signIn(suite.browser, suite.server.url, 'agency.iom@demo.test'),
      signIn(suite.browser, suite.server.url, 'agency.ohchr@demo.test'),
      signIn(suite.browser, suite.server.url, 'agency.who@demo.test'),
    ]);
    await Promise.all([openDocument(iom.page, BRIEF), openDocument(ohchr.page, BRIEF), openDocument(who.page, BRIEF)]);
    await openInputsTab(ohchr.page);

    await pressTechnicalInput(iom.page, paragraph.pid);
    const form = iom.page.getByTestId('input-form');
    const proposed = `${paragraph.text} Some 281 million people lived outside their country of birth in 2020.`;
    await form.getByTestId('input-placement-against').check();
    await form.getByTestId('input-type').selectOption('data-point');
    await form.getByTestId('input-text-field').fill(proposed);
    await form.getByTestId('input-rationale').fill('The latest figure from the World Migration Report.');
    await form.getByTestId('input-source-title').fill('World Migration Report 2022');
    await form.getByTestId('input-sdg-option').and(iom.page.locator('[data-target="10.7"]')).check();

    // A source without its publisher is refused by its field, and nothing typed is lost.
    await form.getByTestId('input-form-submit').click();
    const fieldError = form.getByTestId('input-field-error');
    await fieldError.waitFor();
    expect(await fieldError.innerText()).toBe('Each source needs its publisher.');
    expect(await form.getByTestId('input-text-field').inputValue()).toBe(proposed);
    expect(await seriousAccessibilityViolations(iom.page)).toEqual([]);

    await form.getByTestId('input-source-publisher').fill('IOM');
    await form.getByTestId('input-source-year').fill('2021');
    await form.getByTestId('input-source-url').fill('https://worldmigrationreport.iom.int/wmr-2022');
    await form.getByTestId('input-source-own').check();
    expect(await form.getByTestId('input-field-error').count()).toBe(0);
    await form.getByTestId('input-form-submit').click();
    await iom.page.getByTestId('input-form-dialog').waitFor({ state: 'detached' });

    const iomCard = iom.page.getByTestId('input-card').first();
    await iomCard.waitFor();
    const inputId = (await iomCard.getAttribute('data-input-id'))!;
    expect(await iomCard.getAttribute('data-status')).toBe('submitted');
    expect(await iomCard.getByTestId('input-sdg').getAttribute('title')).toContain('Facilitate orderly, safe, regular');
    expect(await iomCard.getByTestId('input-source').locator('a').getAttribute('href')).toBe(
      'https://worldmigrationreport.iom.int/wmr-2022',
    );

    // The co-lead sees it arrive, in the tab and under the paragraph, without reloading.
    const ohchrCard = cardOf(ohchr.page, inputId);
    await ohchrCard.waitFor({ timeout: 10_000 });
    await ohchr.page.locator(`[data-testid="input-inline"][data-input-id="${inputId}"]`).waitFor();
    expect(await ohchrCard.innerText()).toContain('IOM input');
    expect(await ohchrCard.getByTestId('input-edit').count()).toBe(0);
    expect(await seriousAccessibilityViolations(ohchr.page)).toEqual([]);

    await ohchrCard.getByTestId('input-incorporate-edit').click();
    const editDialog = ohchr.page.getByTestId('input-edit-dialog');
    await editDialog.waitFor();
    const editText = editDialog.getByTestId('input-edit-text');
    expect(await editText.inputValue()).toBe(proposed);
    const revised = `${paragraph.text} About 281 million people were international migrants in 2020.`;
    await editText.fill(revised);
    expect(await editDialog.getByTestId('input-edit-redline').locator('ins').first().innerText()).toContain('About');
    await editDialog.getByTestId('input-edit-confirm').click();
    await editDialog.waitFor({ state: 'detached' });
    await ohchrCard.and(ohchr.page.locator('[data-status="incorporated-with-edit"]')).waitFor();

    // WHO, the other co-lead, sees the new wording enter the brief live.
    await expect.poll(() => visibleText(who.page, paragraph.pid), { timeout: 10_000 }).toBe(revised);

    // IOM sees the decision on its card, is notified, and the Writers tab names its words.
    const decided = cardOf(iom.page, inputId).and(iom.page.locator('[data-status="incorporated-with-edit"]'));
    await decided.waitFor({ timeout: 10_000 });
    expect(await decided.getByTestId('input-decision').innerText()).toBe(
      'Incorporated with edit by OHCHR — IOM input, as revised by OHCHR',
    );
    expect(await decided.getByTestId('input-edit').count()).toBe(0);
    expect(await decided.getByTestId('input-withdraw').count()).toBe(0);

    await iom.page.getByTestId('notifications-count').waitFor({ timeout: 10_000 });
    await iom.page.getByTestId('sidebar-tab-proposals').click();
    await iom.page.getByTestId('notifications-bell').click();
    const notification = iom.page.locator('[data-testid="notification-item"][data-kind="input-decision"]');
    await notification.waitFor();
    expect(await notification.innerText()).toContain('OHCHR');
    // The notification leads back to the input itself: the Inputs tab open on its card.
    expect(await notification.getAttribute('data-input-id')).toBe(inputId);
    await notification.click();
    await expect.poll(() => iom.page.getByTestId('sidebar-tab-inputs').getAttribute('aria-selected'), { timeout: 10_000 }).toBe('true');
    await cardOf(iom.page, inputId).waitFor();
    await iom.page.waitForURL((url) => url.pathname === `/documents/${BRIEF}` && !url.search.includes('input'));

    await iom.page.getByTestId('sidebar-tab-attribution').click();
    await iom.page.getByTestId('attribution-paragraph').selectOption(paragraph.pid);
    const writer = iom.page.getByTestId('attribution-writer').filter({ hasText: 'IOM input, as revised by OHCHR' });
    await writer.waitFor({ timeout: 10_000 });
    const writerKey = await writer.getAttribute('data-writer');
    expect(writerKey).toBe(`input:${inputId}`);
    const runs = iom.page.locator(`[data-testid="attribution-run"][data-writer="${writerKey}"]`);
    expect((await runs.allInnerTexts()).join('')).toContain('About 281 million people were international migrants');
  });

  it('a declined input shows its reason to the contributor, and the contributor withdraws another after confirming', async () => {
    const paragraph = await suite.paragraphByNumber('¶3');
    const unicefApi = await ApiClient.login(suite.server.url, 'agency.unicef@demo.test');
    const iomApi = await ApiClient.login(suite.server.url, 'agency.iom@demo.test');
    const toDecline = await submitByApi(unicefApi, paragraph.pid, 'Children make up one in eight migrants.');
    const toWithdraw = await submitByApi(iomApi, paragraph.pid, 'Remittances reached 702 billion dollars in 2020.');

    const [unicef, ohchr, iom] = await Promise.all([
      signIn(suite.browser, suite.server.url, 'agency.unicef@demo.test'),
      signIn(suite.browser, suite.server.url, 'agency.ohchr@demo.test'),
      signIn(suite.browser, suite.server.url, 'agency.iom@demo.test'),
    ]);
    await Promise.all([openDocument(unicef.page, BRIEF), openDocument(ohchr.page, BRIEF), openDocument(iom.page, BRIEF)]);
    await Promise.all([openInputsTab(unicef.page), openInputsTab(ohchr.page), openInputsTab(iom.page)]);

    // The tab filters by agency and status.
    await ohchr.page.getByTestId('input-filter-agency').selectOption({ label: 'UNICEF' });
    await cardOf(ohchr.page, toDecline.id).waitFor();
    expect(await cardOf(ohchr.page, toWithdraw.id).count()).toBe(0);

    const card = cardOf(ohchr.page, toDecline.id);
    await card.getByTestId('input-decline').click();
    await card.getByTestId('input-decline-confirm').click();
    expect(await card.getByTestId('input-decline-error').innerText()).toBe('Give the agency a reason for declining its input.');
    await card.getByTestId('input-decline-reason').fill('The figure is already in ¶5.');
    await card.getByTestId('input-decline-confirm').click();
    await card.and(ohchr.page.locator('[data-status="declined"]')).waitFor();

    const unicefCard = cardOf(unicef.page, toDecline.id).and(unicef.page.locator('[data-status="declined"]'));
    await unicefCard.waitFor({ timeout: 10_000 });
    expect(await unicefCard.getByTestId('input-decision').innerText()).toBe('Declined by OHCHR: “The figure is already in ¶5.”');

    // IOM may not touch UNICEF's input: no actions on it.
    expect(await cardOf(iom.page, toDecline.id).getByTestId('input-actions').count()).toBe(0);

    // IOM edits its own input in the same form, prefilled, before it thinks better of it.
    const own = cardOf(iom.page, toWithdraw.id);
    await own.getByTestId('input-edit').click();
    const form = iom.page.getByTestId('input-form');
    expect(await form.getByTestId('input-text-field').inputValue()).toBe('Remittances reached 702 billion dollars in 2020.');
    expect(await form.getByTestId('input-source-title').inputValue()).toBe('Field survey');
    await form.getByTestId('input-text-field').fill('Remittances to low- and middle-income countries reached 540 billion dollars in 2020.');
    await form.getByTestId('input-form-submit').click();
    await iom.page.getByTestId('input-form-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => own.getByTestId('input-text').innerText()).toContain('540 billion');
    await ohchr.page.getByTestId('input-filter-agency').selectOption('all');
    await expect
      .poll(() => cardOf(ohchr.page, toWithdraw.id).getByTestId('input-text').innerText(), { timeout: 10_000 })
      .toContain('540 billion');

    await own.getByTestId('input-withdraw').click();
    const confirm = iom.page.getByTestId('input-withdraw-dialog');
    await confirm.waitFor();
    expect(await seriousAccessibilityViolations(iom.page)).toEqual([]);
    await confirm.getByTestId('input-withdraw-confirm').click();
    await own.and(iom.page.locator('[data-status="withdrawn"]')).waitFor();
    await ohchr.page.getByTestId('input-filter-status').selectOption('withdrawn');
    await cardOf(ohchr.page, toWithdraw.id).waitFor({ timeout: 10_000 });
    expect(await ohchr.page.getByTestId('input-card').count()).toBe(
      await ohchr.page.locator('[data-testid="input-card"][data-status="withdrawn"]').count(),
    );
    expect(await ohchr.page.locator(`[data-testid="input-inline"][data-input-id="${toWithdraw.id}"]`).count()).toBe(0);
  });

  it('an attachment is checked in the browser, then uploaded with its progress', async () => {
    const paragraph = await suite.paragraphByNumber('¶4');
    const iom = await signIn(suite.browser, suite.server.url, 'agency.iom@demo.test');
    await openDocument(iom.page, BRIEF);
    await pressTechnicalInput(iom.page, paragraph.pid);
    const form = iom.page.getByTestId('input-form');
    await form.getByTestId('input-text-field').fill('Return and reintegration programmes reached 80,000 people in 2021.');
    await form.getByTestId('input-source-title').fill('Return and Reintegration Key Highlights');
    await form.getByTestId('input-source-publisher').fill('IOM');

    // A file named .pdf that is not one is refused before anything is sent.
    await form.getByTestId('input-attachment-file').setInputFiles({
      name: 'report.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('This is plain text, not a PDF.'),
    });
    const fileError = form.getByTestId('input-attachment-error');
    await fileError.waitFor();
    expect(await fileError.innerText()).toContain('is not a PDF file by its content');
    await form.getByTestId('input-form-submit').click();
    expect(await iom.page.getByTestId('input-form-dialog').isVisible()).toBe(true);

    // A ZIP named .docx passes the browser's first look; the server reads the content, refuses it, and says why.
    // The input itself is saved: the form stays open, as the edit of that input, with everything typed.
    await form.getByTestId('input-attachment-file').setInputFiles({
      name: 'notes.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 0x41)]),
    });
    await fileError.waitFor({ state: 'detached' });
    allowConsoleErrors(iom.page, /status of 415/);
    await form.getByTestId('input-form-submit').click();
    await fileError.waitFor();
    expect(await fileError.innerText()).toMatch(/^The input is saved, but its attachment was refused: \S/);
    expect(await form.getByTestId('input-source-title').inputValue()).toBe('Return and Reintegration Key Highlights');
    expect(await iom.page.getByTestId('input-form-submit').innerText()).toBe('Save changes');

    // A real PDF of 1 MB goes up over a slowed connection (about two seconds), so that the progress shows on the way.
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);
    await form
      .getByTestId('input-attachment-file')
      .setInputFiles({ name: 'highlights-2021.pdf', mimeType: 'application/pdf', buffer: pdf });
    await fileError.waitFor({ state: 'detached' });
    const cdp = await iom.context.newCDPSession(iom.page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 512 * 1024,
    });
    await form.getByTestId('input-form-submit').click();
    const progress = form.getByTestId('input-attachment-progress');
    await progress.waitFor();
    await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 10_000 }).toBeGreaterThan(0);
    await iom.page.getByTestId('input-form-dialog').waitFor({ state: 'detached', timeout: 20_000 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

    const link = iom.page
      .getByTestId('input-card')
      .filter({ hasText: 'Return and reintegration programmes' })
      .getByTestId('input-attachment');
    await link.waitFor();
    expect(await link.innerText()).toBe('highlights-2021.pdf');
    const response = await iom.page.request.get((await link.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }, 90_000);

  it('a delegate cannot see the circulated brief at all', async () => {
    const eu = await signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test');
    await eu.page.getByTestId('doc-item').first().waitFor();
    expect(await eu.page.locator(`[data-testid="doc-item"] a[href="/documents/${BRIEF}"]`).count()).toBe(0);
    allowConsoleErrors(eu.page, /404/);
    await eu.page.goto(`/documents/${BRIEF}`);
    await eu.page.getByText('This document does not exist, or you do not have access to it.').waitFor();
    expect(await eu.page.getByTestId('input-panel').count()).toBe(0);
    expect(await eu.page.getByTestId('input-card').count()).toBe(0);
  });
});
