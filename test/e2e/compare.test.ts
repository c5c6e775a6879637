import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { seriousAccessibilityViolations } from '../support/axe.ts';
import { openDocument, signIn } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { eventually } from '../support/sync-client.ts';

const DOC = 'gcm-compact';
const suite = browserSuite();

describe('comparing a revision with the live text', () => {
  it('shows OP3’s change attributed to the European Union, on hover and focus and in the legend, and filters to it', async () => {
    const [cofacilitator, eu] = await Promise.all([
      ApiClient.login(suite.server.url, 'cofacilitator@demo.test'),
      ApiClient.login(suite.server.url, 'delegate.eu@demo.test'),
    ]);
    expect((await cofacilitator.post(`/api/documents/${DOC}/revisions`, { name: 'Zero draft' })).status).toBe(201);
    const op3 = await suite.paragraphByNumber('OP3');
    const op4 = await suite.paragraphByNumber('OP4');
    const tabled = await eu.post(`/api/documents/${DOC}/proposals`, {
      pid: op3.pid,
      kind: 'amend',
      text: `${op3.text} Words of the Union.`,
      justification: 'Clearer.',
    });
    expect(tabled.status).toBe(201);
    const proposal = (await tabled.json()) as { id: string };
    expect((await cofacilitator.post(`/api/proposals/${proposal.id}/accept`)).status).toBe(200);
    const deletion = await eu.post(`/api/documents/${DOC}/proposals`, { pid: op4.pid, kind: 'delete', justification: 'Not needed.' });
    expect(deletion.status).toBe(201);
    expect((await cofacilitator.post(`/api/proposals/${((await deletion.json()) as { id: string }).id}/accept`)).status).toBe(200);
    await eventually(async () => expect((await suite.paragraphByNumber('OP3')).text).toContain('Words of the Union.'), 10_000);

    // An observer opens the document's revisions and compares the zero draft with the live text.
    const { page } = await signIn(suite.browser, suite.server.url, 'observer@demo.test');
    await openDocument(page, DOC);
    await page.getByTestId('sidebar-tab-revisions').click();
    await page.getByTestId('revisions-panel').getByRole('link', { name: 'Compare with the live text' }).click();
    await page.waitForURL((url) => url.pathname === `/documents/${DOC}/compare`);
    await page.getByTestId('compare-text').waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('compare-from').inputValue()).resolves.not.toBe('live');
    await expect(page.getByTestId('compare-to').inputValue()).resolves.toBe('live');

    const paragraph = page.locator(`[data-testid="compared-paragraph"][data-pid="${op3.pid}"]`);
    await expect(paragraph.getAttribute('data-change')).resolves.toBe('changed');
    await expect(paragraph.getByTestId('compared-number').innerText()).resolves.toBe('OP3');
    const change = paragraph.locator('ins[data-testid="compared-change"]');
    await expect(change.getAttribute('data-stakeholder-id')).resolves.toBe('group-eu');
    await expect(change.innerText()).resolves.toContain('Words of the Union.');

    const note = change.getByTestId('compared-by');
    await expect(note.isVisible()).resolves.toBe(false);
    await change.focus();
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.innerText()).resolves.toMatch(/^Inserted by European Union, as accepted on \d{1,2} [A-Z][a-z]+ \d{4}$/);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await change.hover();
    await expect(note.isVisible()).resolves.toBe(true);

    const deleted = page.locator(`[data-testid="compared-paragraph"][data-pid="${op4.pid}"]`);
    await expect(deleted.getAttribute('data-change')).resolves.toBe('deleted');
    await expect(deleted.locator('del').first().getAttribute('data-stakeholder-id')).resolves.toBe('group-eu');

    const legend = page.getByTestId('compare-legend');
    await expect(legend.innerText()).resolves.toMatch(/European Union, as accepted on \d{1,2} [A-Z][a-z]+ \d{4} \(2 paragraphs\)/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Only the European Union's changes: OP3 and the deleted OP4, nothing else.
    await page.getByTestId('compare-stakeholder').selectOption('group-eu');
    await page.waitForURL((url) => url.searchParams.get('stakeholder') === 'group-eu');
    const shown = await page.getByTestId('compared-paragraph').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-pid')));
    expect(shown).toEqual([op3.pid, op4.pid]);
    await expect(page.getByRole('button', { name: 'Print' }).isVisible()).resolves.toBe(true);

    // A revision issued meanwhile joins the pickers at once.
    expect((await cofacilitator.post(`/api/documents/${DOC}/revisions`, { name: 'Rev.1' })).status).toBe(201);
    await eventually(
      async () =>
        expect(await page.getByTestId('compare-to').locator('option').allInnerTexts()).toContainEqual(expect.stringMatching(/^Rev\.1, /)),
      10_000,
    );
  });
});
