import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { openDocument, signIn } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { eventually } from '../support/sync-client.ts';
import { issueRevisionFromPanel } from '../support/revisions-panel.ts';
import { table } from '../integration/proposals-fixtures.ts';

const DOC = 'gcm-compact';
const START = new Date('2026-12-01T09:00:00.000Z');
const suite = browserSuite(DOC, { clock: START });

const paragraph = (page: Page, pid: string) => page.locator(`[data-testid="editor"] [data-pid="${pid}"]`);

describe("the negotiation's record, as a reading runs", () => {
  it('Rev.1, the EU amendment to OP3 accepted, OP3 agreed, Rev.2, compared with the change attributed, then silence broken', async () => {
    const op3 = await suite.paragraphByNumber('OP3');
    const eu = await ApiClient.login(suite.server.url, 'delegate.eu@demo.test');
    const cofac = await signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test');
    const page = cofac.page;
    await openDocument(page, DOC);

    // Rev.1 is issued from the Revisions tab.
    await issueRevisionFromPanel(page, 'Rev.1');

    // The EU's amendment to OP3 is accepted in the room.
    const amended = `${op3.text} With the support of the international community.`;
    const proposal = await table(eu, { pid: op3.pid, kind: 'amend', text: amended, justification: 'Partnership.' });
    await page.getByTestId('sidebar-tab-proposals').click();
    await paragraph(page, op3.pid).click();
    const card = page.locator(`[data-testid="proposal-card"][data-proposal-id="${proposal.id}"]`);
    await card.getByTestId('accept-button').click();
    await page.getByTestId('decision-pending').first().waitFor({ state: 'detached', timeout: 15_000 });
    await eventually(async () => expect((await suite.paragraphByNumber('OP3')).text).toBe(amended), 10_000);

    // OP3 is agreed, from its badge.
    await paragraph(page, op3.pid).click();
    await page.locator(`[data-testid="status-badge"][data-for-pid="${op3.pid}"]`).click();
    await page.getByTestId('sidebar-panel-statuses').getByTestId('set-status-agreed').click();
    await eventually(
      async () =>
        expect(await page.locator(`[data-testid="status-badge"][data-for-pid="${op3.pid}"]`).getAttribute('data-status')).toBe('agreed'),
      10_000,
    );

    // Rev.2 freezes the agreed text.
    await issueRevisionFromPanel(page, 'Rev.2');
    const revisions = await eu.json<{ id: string; name: string; statuses?: unknown }[]>('GET', `/api/documents/${DOC}/revisions`);
    const [rev1, rev2] = revisions;
    expect(revisions.map((r) => r.name)).toEqual(['Rev.1', 'Rev.2']);
    const frozen = await eu.json<{ statuses: Record<string, string> }>('GET', `/api/documents/${DOC}/revisions/${rev2!.id}`);
    expect(frozen.statuses[op3.pid]).toBe('agreed');

    // Compared, Rev.1 → Rev.2 shows OP3's change, attributed to the European Union.
    await page.goto(`${suite.server.url}/documents/${DOC}/compare?from=${rev1!.id}&to=${rev2!.id}`);
    await page.getByTestId('compare-text').waitFor({ timeout: 15_000 });
    const compared = page.locator(`[data-testid="compared-paragraph"][data-pid="${op3.pid}"]`);
    await expect(compared.getAttribute('data-change')).resolves.toBe('changed');
    const change = compared.locator('ins[data-testid="compared-change"]');
    await expect(change.innerText()).resolves.toContain('With the support of the international community.');
    await expect(change.getAttribute('data-stakeholder-id')).resolves.toBe('group-eu');
    await change.focus();
    await expect(change.getByTestId('compared-by').innerText()).resolves.toMatch(/^Inserted by European Union, as accepted on /);

    // Rev.2 goes under silence; the text freezes for the pen.
    await openDocument(page, DOC);
    await page.getByTestId('sidebar-tab-revisions').click();
    await page.getByTestId('revision-item').first().getByTestId('start-silence').click();
    await page.getByTestId('start-silence-confirm').click();
    const banner = page.getByTestId('silence-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toContain('Rev.2 is under silence until');
    await eventually(async () => expect(await page.getByTestId('editor').getAttribute('data-editable')).toBe('false'), 10_000);

    // A delegation breaks it with a statement; the co-facilitator watches it happen.
    const delegate = await signIn(suite.browser, suite.server.url, 'delegate.canada@demo.test');
    await openDocument(delegate.page, DOC);
    const theirs = delegate.page.getByTestId('silence-banner');
    await theirs.getByTestId('break-silence').click();
    const dialog = delegate.page.getByRole('dialog', { name: 'Break silence on Rev.2' });
    await dialog.getByTestId('break-silence-statement').fill('Canada cannot accept OP7 as it stands.');
    await dialog.getByTestId('break-silence-submit').click();
    await dialog.getByTestId('break-silence-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(
      async () => expect(await banner.getByTestId('silence-broken-so-far').innerText()).toBe('Silence broken so far by Canada.'),
      10_000,
    );
    await eventually(async () => expect(await banner.getByTestId('silence-statements').innerText()).toContain('cannot accept OP7'));

    // At the deadline the procedure ends as broken, and the pen writes again.
    suite.server.setClock(new Date(START.getTime() + 72 * 3600 * 1000));
    const outcome = page.getByTestId('silence-outcome');
    await outcome.waitFor({ timeout: 10_000 });
    expect(await outcome.innerText()).toContain('Silence broken by Canada');
    await eventually(async () => expect(await page.getByTestId('editor').getAttribute('data-editable')).toBe('true'), 10_000);
  });
});
