import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allowConsoleErrors } from '../support/console-watch.ts';
import { ApiClient } from '../support/api-client.ts';
import { openDocument, signIn, visibleText } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { connectSyncClient, eventually } from '../support/sync-client.ts';
import { insertText } from '../support/yjs-text.ts';
import { listProposals, paragraphs, table } from '../integration/proposals-fixtures.ts';

const DOC = 'gcm-compact';
/** The client's time to undo a decision before it is sent. */
const UNDO_WINDOW_MS = 8000;
const suite = browserSuite();

const paragraph = (page: Page, pid: string) => page.locator(`[data-testid="editor"] [data-pid="${pid}"]`);
const card = (page: Page, proposalId: string) => page.locator(`[data-testid="proposal-card"][data-proposal-id="${proposalId}"]`);

async function stored(proposalId: string): Promise<any> {
  const observer = await ApiClient.login(suite.server.url, 'observer@demo.test');
  return (await listProposals(observer)).find((p) => p.id === proposalId);
}

/** A co-facilitator in Chromium with the document open and the paragraph's proposals in the panel. */
async function cofacilitatorOn(pid: string) {
  const cofac = await signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test');
  await openDocument(cofac.page, DOC);
  await paragraph(cofac.page, pid).click();
  return cofac;
}

/** Waits until the decisions waiting out their undo window have been sent. */
async function untilSent(page: Page): Promise<void> {
  await page
    .getByTestId('decision-pending')
    .first()
    .waitFor({ state: 'detached', timeout: UNDO_WINDOW_MS + 5000 });
}

describe('decisions', () => {
  it('accepting over an objection shows it and needs confirmation; cancel and undo leave the proposal tabled', async () => {
    const op3 = await suite.paragraphByNumber('OP3');
    const [eu, g77] = await Promise.all([
      ApiClient.login(suite.server.url, 'delegate.eu@demo.test'),
      ApiClient.login(suite.server.url, 'delegate.g77@demo.test'),
    ]);
    const proposal = await table(eu, { pid: op3.pid, kind: 'amend', text: op3.text.replace(/^\S+/, 'States'), justification: 'Clearer.' });
    const opposed = await g77.post(`/api/proposals/${proposal.id}/oppose`, { reason: 'The commitment must stay voluntary.' });
    expect(opposed.status).toBe(200);

    const { page, context } = await cofacilitatorOn(op3.pid);
    const shown = card(page, proposal.id);
    await eventually(async () => expect(await shown.getByTestId('proposal-opposers').innerText()).toContain('G77 and China'));

    // Accept opens a modal dialog naming who opposed and why; Escape cancels it.
    await shown.getByTestId('accept-button').click();
    const dialog = page.getByRole('dialog', { name: /Accept OP3 \(EU\) over objections/ });
    await dialog.waitFor();
    const objection = dialog.getByTestId('accept-dialog-objection');
    expect(await objection.getAttribute('data-stakeholder')).toBe('group-g77');
    expect(await objection.innerText()).toBe('Group of 77 and China: “The commitment must stay voluntary.”');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('accept-dialog-cancel');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('decision-pending').count()).toBe(0);

    // Cancel leaves it as it was too.
    await shown.getByTestId('accept-button').click();
    await dialog.getByTestId('accept-dialog-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('decision-pending').count()).toBe(0);

    // Confirmed, the acceptance waits with an Undo; undone, nothing is ever sent.
    await shown.getByTestId('accept-button').click();
    await dialog.getByTestId('accept-dialog-confirm').click();
    const pending = page.getByTestId('decision-pending');
    expect(await pending.innerText()).toMatch(/^Accepted OP3 \(EU\)\s*—\s*Undo$/);
    expect(await shown.getByTestId('decision-deciding').count()).toBe(1);
    await pending.getByTestId('decision-undo').click();
    await pending.waitFor({ state: 'detached' });
    await page.waitForTimeout(UNDO_WINDOW_MS + 1500);
    expect((await stored(proposal.id)).status).toBe('tabled');
    expect(await shown.getAttribute('data-status')).toBe('tabled');
    expect(await shown.getByTestId('accept-button').count()).toBe(1);

    // Not undone, it is sent once the window has passed, and recorded as the co-facilitator's.
    await shown.getByTestId('accept-button').click();
    await dialog.getByTestId('accept-dialog-confirm').click();
    const takenAt = Date.now();
    await untilSent(page);
    expect(Date.now() - takenAt).toBeGreaterThan(UNDO_WINDOW_MS - 1000);
    await eventually(async () => expect(await shown.getAttribute('data-status')).toBe('accepted'));
    const accepted = await stored(proposal.id);
    expect({ status: accepted.status, decision: accepted.decision.status }).toEqual({ status: 'accepted', decision: 'accepted' });
    expect(await page.getByTestId('decision-outcome').innerText()).toBe('Accepted OP3 (EU).');
    await context.close();
  });

  it('without objections, accepting is one step (still with its time to undo)', async () => {
    const op9 = await suite.paragraphByNumber('OP9');
    const canada = await ApiClient.login(suite.server.url, 'delegate.canada@demo.test');
    const proposal = await table(canada, { pid: op9.pid, kind: 'amend', text: `${op9.text} Reviewed yearly.`, justification: '' });
    const { page, context } = await cofacilitatorOn(op9.pid);
    await card(page, proposal.id).getByTestId('accept-button').click();
    expect(await page.getByTestId('accept-dialog').count()).toBe(0);
    expect(await page.getByTestId('decision-pending').innerText()).toMatch(/^Accepted OP9 \(Canada\)/);
    await untilSent(page);
    await eventually(async () => expect((await stored(proposal.id)).status).toBe('accepted'));
    await context.close();
  });

  it('sends a decision still in its undo window at once when the page is left', async () => {
    const op10 = await suite.paragraphByNumber('OP10');
    const canada = await ApiClient.login(suite.server.url, 'delegate.canada@demo.test');
    const proposal = await table(canada, { pid: op10.pid, kind: 'amend', text: `${op10.text} Sent on leaving.`, justification: '' });
    const { page, context } = await cofacilitatorOn(op10.pid);
    await card(page, proposal.id).getByTestId('accept-button').click();
    await page.getByTestId('decision-pending').waitFor();
    const leftAt = Date.now();
    await page.goto('about:blank');
    await eventually(async () => expect((await stored(proposal.id)).status).toBe('accepted'), UNDO_WINDOW_MS - 2000);
    expect(Date.now() - leftAt).toBeLessThan(UNDO_WINDOW_MS - 2000);
    await context.close();
  });

  it('batch-rejects two proposals of one paragraph with one reason, each recorded on its own', async () => {
    const op4 = await suite.paragraphByNumber('OP4');
    const [eu, canada] = await Promise.all([
      ApiClient.login(suite.server.url, 'delegate.eu@demo.test'),
      ApiClient.login(suite.server.url, 'delegate.canada@demo.test'),
    ]);
    const first = await table(eu, { pid: op4.pid, kind: 'amend', text: `${op4.text} First addition.`, justification: '' });
    const second = await table(canada, { pid: op4.pid, kind: 'insert-after', text: 'A new paragraph from Canada.', justification: '' });

    const { page, context } = await cofacilitatorOn(op4.pid);
    await card(page, first.id).getByTestId('proposal-select').check();
    await card(page, second.id).getByTestId('proposal-select').check();
    const bar = page.getByTestId('batch-decision');
    expect(await bar.getByTestId('batch-count').innerText()).toBe('2 proposals to OP4 selected');

    // One reason for both, required: the error goes as soon as a reason is typed.
    await bar.getByTestId('batch-reject').click();
    await bar.getByTestId('decision-confirm').click();
    expect(await bar.getByTestId('decision-reason-error').innerText()).toMatch(/reason/i);
    await bar.getByTestId('decision-reason').fill('Out of scope for this reading.');
    await bar.getByTestId('decision-reason-error').waitFor({ state: 'detached' });
    await bar.getByTestId('decision-confirm').click();
    await bar.waitFor({ state: 'detached' });
    expect(await page.getByTestId('decision-pending').innerText()).toMatch(/^Rejected OP4 \(EU\), 4bis \(Canada\)/);

    await untilSent(page);
    await eventually(async () => {
      for (const id of [first.id, second.id]) {
        const proposal = await stored(id);
        expect({ status: proposal.status, reason: proposal.decision?.reason }).toEqual({
          status: 'rejected',
          reason: 'Out of scope for this reading.',
        });
      }
    });
    const outcomes = page.getByTestId('decision-outcome');
    expect(
      await outcomes.evaluateAll((list) => list.map((li) => [li.getAttribute('data-proposal-id'), li.getAttribute('data-ok')])),
    ).toEqual([
      [first.id, 'true'],
      [second.id, 'true'],
    ]);
    await context.close();
  });

  it('batch-accepts two competing amendments: the first goes in, the second answers 409 and says so', async () => {
    const op5 = await suite.paragraphByNumber('OP5');
    const [eu, g77] = await Promise.all([
      ApiClient.login(suite.server.url, 'delegate.eu@demo.test'),
      ApiClient.login(suite.server.url, 'delegate.g77@demo.test'),
    ]);
    const first = await table(eu, { pid: op5.pid, kind: 'amend', text: op5.text.replace(/^\S+/, 'Alpha'), justification: '' });
    const second = await table(g77, { pid: op5.pid, kind: 'amend', text: op5.text.replace(/^\S+/, 'Beta'), justification: '' });

    const { page, context } = await cofacilitatorOn(op5.pid);
    allowConsoleErrors(page, /status of 409 .*\/accept/);
    await card(page, first.id).getByTestId('proposal-select').check();
    await card(page, second.id).getByTestId('proposal-select').check();
    await page.getByTestId('batch-accept').click();
    await untilSent(page);

    const refused = page.locator(`[data-testid="decision-outcome"][data-proposal-id="${second.id}"]`);
    await refused.waitFor();
    expect(await refused.getAttribute('data-ok')).toBe('false');
    expect(await refused.innerText()).toMatch(/^OP5 \(G77 and China\) was not accepted \(it no longer applies\): .*same words/);
    expect(await page.locator(`[data-testid="decision-outcome"][data-proposal-id="${first.id}"]`).getAttribute('data-ok')).toBe('true');
    expect((await stored(first.id)).status).toBe('accepted');
    expect((await stored(second.id)).status).toBe('tabled');
    await context.close();
  });

  it('batch-accepts over an objection once confirmed: both are accepted, the opposed one sent over the objection', async () => {
    const op8 = await suite.paragraphByNumber('OP8');
    const [eu, canada, g77] = await Promise.all([
      ApiClient.login(suite.server.url, 'delegate.eu@demo.test'),
      ApiClient.login(suite.server.url, 'delegate.canada@demo.test'),
      ApiClient.login(suite.server.url, 'delegate.g77@demo.test'),
    ]);
    const opposed = await table(eu, { pid: op8.pid, kind: 'amend', text: `${op8.text} Opposed addition.`, justification: '' });
    const plain = await table(canada, { pid: op8.pid, kind: 'insert-after', text: 'A paragraph nobody opposes.', justification: '' });
    expect((await g77.post(`/api/proposals/${opposed.id}/oppose`, { reason: 'Not agreed.' })).status).toBe(200);

    const { page, context } = await cofacilitatorOn(op8.pid);
    await eventually(async () => expect(await card(page, opposed.id).getByTestId('proposal-opposers').count()).toBe(1));
    await card(page, opposed.id).getByTestId('proposal-select').check();
    await card(page, plain.id).getByTestId('proposal-select').check();
    await page.getByTestId('batch-accept').click();
    const dialog = page.getByTestId('accept-dialog');
    expect(
      await dialog.getByTestId('accept-dialog-proposal').evaluateAll((list) => list.map((s) => s.getAttribute('data-proposal-id'))),
    ).toEqual([opposed.id]);
    await dialog.getByTestId('accept-dialog-confirm').click();
    await untilSent(page);
    await eventually(async () => {
      expect((await stored(opposed.id)).status).toBe('accepted');
      expect((await stored(plain.id)).status).toBe('accepted');
    });
    await context.close();
  });

  it('reopens an acceptance: the dialog says what happens to the text, the words come back; refused with the reason once the pen changed them', async () => {
    const op7 = await suite.paragraphByNumber('OP7');
    const [eu, cofacApi, pen] = await Promise.all([
      ApiClient.login(suite.server.url, 'delegate.eu@demo.test'),
      ApiClient.login(suite.server.url, 'cofacilitator@demo.test'),
      ApiClient.login(suite.server.url, 'cofacilitator2@demo.test'),
    ]);
    const amended = op7.text.replace(/^\S+/, 'Firmly');
    const proposal = await table(eu, { pid: op7.pid, kind: 'amend', text: amended, justification: 'Firmer.' });
    await cofacApi.json('POST', `/api/proposals/${proposal.id}/accept`, {});

    const { page, context } = await cofacilitatorOn(op7.pid);
    const shown = card(page, proposal.id);
    await eventually(async () => expect(await visibleText(page, op7.pid)).toBe(amended));
    expect(await shown.getAttribute('data-status')).toBe('accepted');

    // The dialog says what becomes of the text; Cancel (which has the focus) leaves the decision as it is.
    await shown.getByTestId('reopen-button').click();
    const dialog = page.getByRole('dialog', { name: /Reopen the decision on OP7 \(EU\)/ });
    await dialog.waitFor();
    expect(await dialog.getByTestId('reopen-dialog-outcome').innerText()).toMatch(/^Its change to OP7 is taken back out of the text/);
    expect(await dialog.innerText()).toContain('stay as they are');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('reopen-dialog-cancel');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect((await stored(proposal.id)).status).toBe('accepted');

    // Confirmed: the proposal is back on the table and the words it replaced are back in the text.
    await shown.getByTestId('reopen-button').click();
    await dialog.getByTestId('reopen-dialog-confirm').click();
    await eventually(async () => expect(await shown.getAttribute('data-status')).toBe('tabled'));
    await eventually(async () => expect(await visibleText(page, op7.pid)).toBe(op7.text));
    expect(await shown.getByTestId('accept-button').count()).toBe(1);
    expect((await stored(proposal.id)).status).toBe('tabled');

    // Accepted again, then the pen rewrites the word it brought in: reopening is refused, and the card says why.
    await cofacApi.json('POST', `/api/proposals/${proposal.id}/accept`, {});
    await eventually(async () => expect(await shown.getAttribute('data-status')).toBe('accepted'));
    const sync = connectSyncClient(suite.server.url, DOC, pen.cookie);
    await sync.synced;
    insertText(sync.doc, op7.pid, 'Firm'.length, 'est');
    await eventually(async () => expect(await visibleText(page, op7.pid)).toBe(amended.replace('Firmly', 'Firmestly')));
    sync.destroy();
    allowConsoleErrors(page, /status of 409 .*\/reopen/);
    await shown.getByTestId('reopen-button').click();
    await dialog.getByTestId('reopen-dialog-confirm').click();
    const refusal = shown.getByTestId('reopen-error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(
      /^Not reopened: OP7 has changed since the proposal was accepted: the words “Firmly” it brought in now read “Firmestly”\.$/,
    );
    expect(await shown.getAttribute('data-status')).toBe('accepted');
    expect(await visibleText(page, op7.pid)).toBe(amended.replace('Firmly', 'Firmestly'));
    await context.close();
  });

  it('clears a form error once the text is fixed and counts characters near the limit', async () => {
    const op6 = await suite.paragraphByNumber('OP6');
    const { page, context } = await signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test');
    await openDocument(page, DOC);
    await paragraph(page, op6.pid).click();
    await page.locator(`[data-testid="propose-button"][data-for-pid="${op6.pid}"]`).click();
    const form = page.getByTestId('proposal-form');
    await form.getByTestId('proposal-kind').selectOption('insert-after');
    await form.getByTestId('proposal-submit').click();
    expect(await form.getByTestId('proposal-form-error').innerText()).toMatch(/empty/);
    await form.getByTestId('proposal-text').fill('A new paragraph.');
    await form.getByTestId('proposal-form-error').waitFor({ state: 'detached' });

    // No counter far from the limit; near it, "9,950 / 10,000"; past it, flagged.
    expect(await form.getByTestId('length-counter').count()).toBe(0);
    await form.getByTestId('proposal-text').fill('x'.repeat(9950));
    expect(await form.getByTestId('length-counter').innerText()).toBe('9,950 / 10,000');
    await form.getByTestId('proposal-justification').fill('y'.repeat(1900));
    expect(await form.getByTestId('length-counter').allInnerTexts()).toEqual(['9,950 / 10,000', '1,900 / 2,000']);
    await form.getByTestId('proposal-text').fill('x'.repeat(10_001));
    expect(await form.getByTestId('length-counter').first().innerText()).toBe('10,001 / 10,000 (too long)');
    await context.close();
  });

  it('the compilation leaves out paragraphs with nothing pending, dates in UN style, and a missing one offers no retry', async () => {
    const { page, context } = await signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test');
    await page.goto(`/documents/${DOC}/compilation`);
    const compilation = page.getByTestId('compilation');
    await compilation.waitFor();
    const sections = compilation.getByTestId('compilation-paragraph');
    const everyParagraph = await sections.count();

    await page.getByTestId('compilation-pending-only').check();
    await eventually(async () => expect(await sections.count()).toBeLessThan(everyParagraph));
    const pendingSections = await sections.count();
    expect(pendingSections).toBeGreaterThan(0);
    const observer = await ApiClient.login(suite.server.url, 'observer@demo.test');
    const numbered = new Set((await paragraphs(observer)).filter((p) => p.number).map((p) => p.pid));
    const pendingPids = new Set(
      (await listProposals(observer)).filter((p) => p.status === 'tabled' && numbered.has(p.pid)).map((p) => p.pid),
    );
    const shownPids = await sections.evaluateAll((list) => list.map((s) => s.getAttribute('data-pid')));
    expect(new Set(shownPids)).toEqual(pendingPids);
    for (let i = 0; i < pendingSections; i++) {
      const statuses = await sections.nth(i).getByTestId('compilation-status').allInnerTexts();
      expect(statuses.length).toBeGreaterThan(0);
      for (const status of statuses) expect(status).toMatch(/^Status: Pending/);
    }

    const date = await page.getByTestId('compilation-date').innerText();
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    expect(date).toMatch(new RegExp(`^\\d{1,2} (${months.join('|')}) \\d{4}, \\d{2}:\\d{2} \\(UTC\\)$`));
    const now = new Date();
    expect(date).toContain(`${now.getUTCDate()} ${months[now.getUTCMonth()]} ${now.getUTCFullYear()}`);

    allowConsoleErrors(page, /status of 404 .*\/api\/documents\/no-such-document/);
    await page.goto('/documents/no-such-document/compilation');
    const error = page.getByTestId('state-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('This document does not exist, or you do not have access to it.');
    expect(await error.getByRole('button').count()).toBe(0);
    await context.close();
  });
});
