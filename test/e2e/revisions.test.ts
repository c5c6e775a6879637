import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { openDocument, signIn } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { eventually } from '../support/sync-client.ts';
import { issueRevisionFromPanel } from '../support/revisions-panel.ts';

const DOC = 'gcm-compact';
const suite = browserSuite();

const margin = (page: Page, pid: string) =>
  page.locator(`[data-testid="editor"] [data-pid="${pid}"]`).evaluate((element) => ({
    label: element.getAttribute('data-label'),
    was: element.getAttribute('data-was'),
  }));

async function openRevisionsTab(page: Page): Promise<void> {
  await page.getByTestId('sidebar-tab-revisions').click();
  await page.getByTestId('revisions-panel').waitFor();
}

describe('a reading between revisions', () => {
  it('issues Rev.1, keeps numbers fixed while the text changes (3bis, a deleted number), and renumbers at Rev.2', async () => {
    const [eu, cofacApi] = await Promise.all([
      ApiClient.login(suite.server.url, 'delegate.eu@demo.test'),
      ApiClient.login(suite.server.url, 'cofacilitator@demo.test'),
    ]);
    const op3 = await suite.paragraphByNumber('OP3');
    const op5 = await suite.paragraphByNumber('OP5');

    const cofac = await signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test');
    await openDocument(cofac.page, DOC);
    const canada = await signIn(suite.browser, suite.server.url, 'delegate.canada@demo.test');
    await openDocument(canada.page, DOC);

    await openRevisionsTab(cofac.page);
    await expect(cofac.page.getByTestId('revisions-panel').innerText()).resolves.toContain('No revision has been issued yet');
    await issueRevisionFromPanel(cofac.page, 'Rev.1');
    await cofac.page.getByTestId('revision-item').filter({ hasText: 'Rev.1' }).waitFor();
    // The delegate's header follows live.
    await eventually(async () => expect(await canada.page.getByTestId('document-stage').innerText()).toContain('Rev.1'), 10_000);

    // An accepted insertion after OP3 reads 3bis; a deleted OP5 leaves its number behind.
    const inserted = await eu.post(`/api/documents/${DOC}/proposals`, {
      pid: op3.pid,
      kind: 'insert-after',
      text: 'A paragraph the European Union adds after three.',
      justification: 'A gap.',
    });
    expect((await cofacApi.post(`/api/proposals/${((await inserted.json()) as { id: string }).id}/accept`)).status).toBe(200);
    const deleted = await eu.post(`/api/documents/${DOC}/proposals`, { pid: op5.pid, kind: 'delete', justification: 'Redundant.' });
    expect((await cofacApi.post(`/api/proposals/${((await deleted.json()) as { id: string }).id}/accept`)).status).toBe(200);

    const { paragraphs } = await cofacApi.json<{ paragraphs: { pid: string; text: string }[] }>('GET', `/api/documents/${DOC}`);
    const added = paragraphs.find((p) => p.text === 'A paragraph the European Union adds after three.')!;
    for (const page of [cofac.page, canada.page]) {
      await eventually(async () => expect((await margin(page, added.pid)).label).toBe('OP3bis'), 10_000);
      await eventually(async () => expect(await page.getByTestId('deleted-number').innerText()).toBe('OP5 [deleted]'), 10_000);
    }
    const op6 = await suite.paragraphByNumber('OP6');
    await expect(margin(canada.page, op6.pid)).resolves.toMatchObject({ label: 'OP6' });

    // Rev.1 reads as it was issued, with its own numbers.
    await cofac.page.getByTestId('revision-item').filter({ hasText: 'Rev.1' }).getByRole('link', { name: 'Rev.1' }).click();
    const frozen = cofac.page.getByTestId('revision-page');
    await frozen.waitFor();
    await expect(frozen.locator(`[data-pid="${op5.pid}"]`).getAttribute('data-label')).resolves.toBe('OP5');
    await expect(frozen.getByText('A paragraph the European Union adds after three.').count()).resolves.toBe(0);
    await cofac.page.getByRole('link', { name: 'Back to the live text' }).click();

    // Rev.2 renumbers cleanly; the paragraph that was 3bis says so.
    await openRevisionsTab(cofac.page);
    await issueRevisionFromPanel(cofac.page, 'Rev.2');
    for (const page of [cofac.page, canada.page]) {
      await eventually(async () => expect(await margin(page, added.pid)).toEqual({ label: 'OP4', was: 'was OP3bis' }), 10_000);
      await eventually(async () => expect(await page.getByTestId('deleted-number').count()).toBe(0), 10_000);
    }
  });

  it('offers no issuing to a delegation', async () => {
    const canada = await signIn(suite.browser, suite.server.url, 'delegate.canada@demo.test');
    await openDocument(canada.page, DOC);
    await openRevisionsTab(canada.page);
    await canada.page.getByTestId('revision-item').first().waitFor();
    await expect(canada.page.getByTestId('issue-revision').count()).resolves.toBe(0);
  });
});
