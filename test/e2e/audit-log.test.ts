import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { seriousAccessibilityViolations } from '../support/axe.ts';
import { openDocument, signIn } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { eventually } from '../support/sync-client.ts';

const DOC = 'gcm-compact';
const suite = browserSuite();

describe('the audit log page', () => {
  it("lets a co-facilitator open it from the document, filter by stakeholder and find the EU's tabled proposal", async () => {
    const op5 = await suite.paragraphByNumber('OP5');
    const op7 = await suite.paragraphByNumber('OP7');
    const eu = await ApiClient.login(suite.server.url, 'delegate.eu@demo.test');
    const canada = await ApiClient.login(suite.server.url, 'delegate.canada@demo.test');
    const tabled = await eu.json('POST', `/api/documents/${DOC}/proposals`, {
      pid: op5.pid,
      kind: 'amend',
      text: `${op5.text} In full respect of human rights.`,
      justification: 'For the record.',
    });
    await canada.json('POST', `/api/proposals/${tabled.id}/support`, {});
    await canada.json('POST', `/api/documents/${DOC}/proposals`, {
      pid: op7.pid,
      kind: 'amend',
      text: `${op7.text} With adequate means.`,
      justification: 'Means.',
    });

    const { context, page } = await signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test');
    await openDocument(page, DOC);
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL((url) => url.pathname === `/documents/${DOC}/audit`);
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    const rows = page.getByTestId('audit-row');
    await eventually(async () => expect(rows.count()).resolves.toBe(3), 10_000);

    await page.getByLabel('Stakeholder').selectOption({ label: 'European Union' });
    await page.waitForURL((url) => url.searchParams.get('stakeholder') === 'group-eu');
    await eventually(async () => expect(rows.count()).resolves.toBe(1), 10_000);
    const cells = await rows.first().locator('td').allInnerTexts();
    expect(cells.slice(1, 5)).toEqual([expect.any(String), 'European Union, delegate', 'Tabled a proposal', 'OP5']);
    expect(cells[0]).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} \(UTC\)$/);
    expect(cells[5]).toBe('Amendment');
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);

    // A paragraph by its number, with the stakeholder filter still on: nothing by the EU on OP7.
    await page.getByLabel('Paragraph').fill('op7');
    await page.getByLabel('Paragraph').press('Enter');
    await page.getByText('No recorded action matches these filters.').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await eventually(async () => expect(rows.count()).resolves.toBe(3), 10_000);
    await page.getByLabel('Paragraph').fill('OP99');
    await page.getByLabel('Paragraph').press('Enter');
    await page.getByText('There is no paragraph “OP99” in the text as it stands.').waitFor();
    await context.close();
  });

  it('pages back with Load older', async () => {
    const op9 = await suite.paragraphByNumber('OP9');
    const g77 = await ApiClient.login(suite.server.url, 'delegate.g77@demo.test');
    for (let n = 0; n < 50; n++) {
      const response = await g77.post(`/api/documents/${DOC}/threads`, { pid: op9.pid, visibility: 'all', body: `Point ${n + 1}.` });
      expect(response.status).toBe(201);
    }
    const { context, page } = await signIn(suite.browser, suite.server.url, 'secretariat@demo.test');
    await page.goto(`/documents/${DOC}/audit`);
    const rows = page.getByTestId('audit-row');
    await eventually(async () => expect(rows.count()).resolves.toBe(50), 10_000);
    await page.getByRole('button', { name: 'Load older' }).click();
    await eventually(async () => expect(rows.count()).resolves.toBe(53), 10_000);
    await expect(page.getByRole('button', { name: 'Load older' }).count()).resolves.toBe(0);
    await expect(rows.last().innerText()).resolves.toContain('Tabled a proposal');
    await context.close();
  });

  it('gives a delegate no link, and the refusal at the address', async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test');
    await openDocument(page, DOC);
    await expect(page.getByRole('link', { name: 'Audit log' }).count()).resolves.toBe(0);
    await page.goto(`/documents/${DOC}/audit`);
    await page.getByTestId('audit-refused').waitFor();
    await expect(page.getByTestId('audit-refused').innerText()).resolves.toMatch(/holders of the pen and to the secretariat only/);
    await expect(page.getByTestId('audit-table').count()).resolves.toBe(0);
    await context.close();
  });
});
