import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { seriousAccessibilityViolations } from '../support/axe.ts';
import { openDocument, signIn } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { allowConsoleErrors } from '../support/console-watch.ts';
import { eventually } from '../support/sync-client.ts';

const DOC = 'gcm-compact';
const suite = browserSuite();

const paragraph = (page: Page, pid: string) => page.locator(`[data-testid="editor"] [data-pid="${pid}"]`);
const historyButton = (page: Page, pid: string) => page.locator(`[data-testid="history-button"][data-for-pid="${pid}"]`);

async function expectCreated(response: Response): Promise<{ id: string }> {
  if (response.status !== 201) throw new Error(`expected 201, got ${response.status}: ${await response.text()}`);
  return (await response.json()) as { id: string };
}

async function expectOk(response: Response): Promise<void> {
  if (response.status !== 200) throw new Error(`expected 200, got ${response.status}: ${await response.text()}`);
}

describe("a paragraph's history", () => {
  it('a delegate opens OP2’s whole record from its margin: revision text, both proposals, the status change, the comments', async () => {
    const op2 = await suite.paragraphByNumber('OP2');
    const [cofac, eu, g77] = await Promise.all([
      ApiClient.login(suite.server.url, 'cofacilitator@demo.test'),
      ApiClient.login(suite.server.url, 'delegate.eu@demo.test'),
      ApiClient.login(suite.server.url, 'delegate.g77@demo.test'),
    ]);

    await expectCreated(await cofac.post(`/api/documents/${DOC}/revisions`, { name: 'Rev.1' }));
    const amended = op2.text.replace('concerted action', 'concerted and well-resourced action');
    expect(amended).not.toBe(op2.text);
    const euAmendment = await expectCreated(
      await eu.post(`/api/documents/${DOC}/proposals`, {
        pid: op2.pid,
        kind: 'amend',
        text: amended,
        justification: 'Implementation needs means.',
      }),
    );
    await expectOk(await cofac.post(`/api/proposals/${euAmendment.id}/accept`));
    await eventually(async () => expect((await suite.paragraphByNumber('OP2')).text).toBe(amended), 10_000);
    const g77Deletion = await expectCreated(
      await g77.post(`/api/documents/${DOC}/proposals`, { pid: op2.pid, kind: 'delete', justification: 'Covered elsewhere.' }),
    );
    await expectOk(await cofac.post(`/api/proposals/${g77Deletion.id}/reject`, { reason: 'The room keeps OP2.' }));
    await expectOk(
      await cofac.put(`/api/documents/${DOC}/paragraphs/${op2.pid}/status`, { status: 'bracketed', note: 'Means still contested.' }),
    );
    await expectCreated(await eu.post(`/api/documents/${DOC}/threads`, { pid: op2.pid, visibility: 'all', body: 'Which means?' }));

    // Canada clicks into OP2 and follows its margin's History link from the keyboard, within the page (no reload).
    const { page } = await signIn(suite.browser, suite.server.url, 'delegate.canada@demo.test');
    await openDocument(page, DOC);
    await page.evaluate(() => ((window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true));
    await paragraph(page, op2.pid).click();
    await historyButton(page, op2.pid).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('paragraph-history').waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).pathname).toBe(`/documents/${DOC}/paragraphs/${op2.pid}/history`);
    expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);

    await expect(page.getByTestId('history-title').innerText()).resolves.toBe('History of OP2');
    await expect(page.getByTestId('history-text').innerText()).resolves.toBe(amended);
    await expect(page.getByTestId('history-status').innerText()).resolves.toBe('Bracketed');

    // In Rev.1 as issued, then live with the EU's words as a redline.
    const revisions = page.getByTestId('history-revision');
    await expect(revisions.count()).resolves.toBe(2);
    await expect(revisions.nth(0).getByRole('heading').innerText()).resolves.toContain('Rev.1');
    await expect(revisions.nth(0).getByTestId('history-revision-text').innerText()).resolves.toBe(op2.text);
    const live = revisions.nth(1).getByTestId('history-revision-text');
    await expect(live.locator('ins').allInnerTexts()).resolves.toEqual(['and well-resourced']);

    // Both proposals, each with its outcome and who decided.
    const proposals = page.getByTestId('history-proposal');
    await expect(proposals.count()).resolves.toBe(2);
    const accepted = page.locator(`[data-testid="history-proposal"][data-proposal-id="${euAmendment.id}"]`);
    await expect(accepted.getByTestId('history-proposal-status').innerText()).resolves.toBe('Accepted');
    await expect(accepted.getByTestId('history-proposal-decision').innerText()).resolves.toMatch(
      /^Accepted by Ana Morales \(Mexico\), \d+ \w+ \d{4}, \d\d:\d\d \(UTC\)$/,
    );
    await expect(accepted.getByTestId('proposal-redline').locator('ins').allInnerTexts()).resolves.toEqual(['and well-resourced']);
    await expect(accepted.innerText()).resolves.toContain('Implementation needs means.');
    const rejected = page.locator(`[data-testid="history-proposal"][data-proposal-id="${g77Deletion.id}"]`);
    await expect(rejected.getByTestId('history-proposal-status').innerText()).resolves.toBe('Rejected');
    await expect(rejected.getByTestId('history-proposal-decision').innerText()).resolves.toContain('The room keeps OP2.');
    await expect(rejected.innerText()).resolves.toContain('Covered elsewhere.');

    // The status change, by the co-facilitator in that capacity, with the note; and the comments.
    const change = page.getByTestId('history-status-change');
    await expect(change.count()).resolves.toBe(1);
    const changeText = await change.innerText();
    expect(changeText).toContain('Open → Bracketed');
    expect(changeText).toContain('Ana Morales, co-facilitator (Mexico)');
    expect(changeText).toContain('Means still contested.');
    await expect(page.getByTestId('history-comments').innerText()).resolves.toBe('1 comment thread, 1 open.');

    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The proposal's link opens it in the document.
    await accepted.getByRole('link', { name: /in the document/ }).click();
    await page.locator(`[data-testid="proposal-card"][data-proposal-id="${euAmendment.id}"]`).waitFor({ timeout: 10_000 });

    // And back again from the Status tab, which OP2's badge opens.
    await page.locator(`[data-testid="status-badge"][data-for-pid="${op2.pid}"]`).click();
    await page.getByTestId('sidebar-panel-statuses').getByTestId('status-panel-history-link').click();
    await expect(page.getByTestId('history-title').innerText()).resolves.toBe('History of OP2');
  });

  it('keeps the record of a paragraph a proposal brought in and another took out', async () => {
    const op5 = await suite.paragraphByNumber('OP5');
    const [cofac, eu, canada] = await Promise.all([
      ApiClient.login(suite.server.url, 'cofacilitator@demo.test'),
      ApiClient.login(suite.server.url, 'delegate.eu@demo.test'),
      ApiClient.login(suite.server.url, 'delegate.canada@demo.test'),
    ]);
    await expectCreated(await cofac.post(`/api/documents/${DOC}/revisions`, { name: 'Rev.2' }));
    const insertion = await expectCreated(
      await canada.post(`/api/documents/${DOC}/proposals`, {
        pid: op5.pid,
        kind: 'insert-after',
        text: 'Canada adds a short-lived paragraph.',
        justification: 'A gap.',
      }),
    );
    await expectOk(await cofac.post(`/api/proposals/${insertion.id}/accept`));
    const { resultPid } = (await (await canada.get(`/api/proposals/${insertion.id}`)).json()) as { resultPid: string };
    const deletion = await expectCreated(
      await eu.post(`/api/documents/${DOC}/proposals`, { pid: resultPid, kind: 'delete', justification: 'No gap.' }),
    );
    await expectOk(await cofac.post(`/api/proposals/${deletion.id}/accept`));

    const { page } = await signIn(suite.browser, suite.server.url, 'delegate.canada@demo.test');
    await page.goto(`/documents/${DOC}/paragraphs/${resultPid}/history`);
    await page.getByTestId('paragraph-history').waitFor({ timeout: 10_000 });
    await expect(page.getByTestId('history-title').innerText()).resolves.toBe('History of a deleted paragraph');
    await expect(page.getByTestId('history-text').innerText()).resolves.toBe('Deleted: it is no longer in the text.');
    const absent = await page.getByTestId('history-revision-absent').allInnerTexts();
    expect(absent.at(-1)).toBe('Deleted from the live text.');
    expect(absent.slice(0, -1)).toEqual(absent.slice(0, -1).map(() => 'Not in this revision.'));
    await expect(page.getByTestId('history-revision').count()).resolves.toBe(absent.length);
    expect(absent.length).toBeGreaterThan(1);
    const proposals = page.getByTestId('history-proposal');
    await expect(proposals.evaluateAll((items) => items.map((item) => item.getAttribute('data-status')))).resolves.toEqual([
      'accepted',
      'accepted',
    ]);
    await expect(proposals.nth(0).innerText()).resolves.toContain('its acceptance created this paragraph');
    await expect(proposals.nth(0).getByTestId('proposal-redline').locator('ins').innerText()).resolves.toBe(
      'Canada adds a short-lived paragraph.',
    );
    await expect(page.getByTestId('history-no-status').count()).resolves.toBe(1);
    await expect(page.getByTestId('history-comments').innerText()).resolves.toBe('No comment thread on this paragraph that you may read.');
  });

  it('says so for a paragraph the document never had', async () => {
    const { page } = await signIn(suite.browser, suite.server.url, 'delegate.canada@demo.test');
    allowConsoleErrors(page, /404/);
    await page.goto(`/documents/${DOC}/paragraphs/never-a-paragraph/history`);
    await expect(page.getByTestId('state-error').innerText()).resolves.toContain('This paragraph has no record in this document.');
    await expect(page.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(0);
  });
});
