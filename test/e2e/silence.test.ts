import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { openDocument, signIn } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { eventually } from '../support/sync-client.ts';
import { issueRevision } from '../integration/silence-fixtures.ts';

const DOC = 'gcm-compact';
const START = new Date('2026-12-01T09:00:00.000Z');
const suite = browserSuite(DOC, { clock: START });

describe('silence procedure', () => {
  it('a co-facilitator puts the latest revision under silence, a delegate breaks it, the co-facilitator sees it live', async () => {
    const api = await ApiClient.login(suite.server.url, 'cofacilitator@demo.test');
    await issueRevision(api, 'Rev.1');

    const cofac = await signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test');
    await openDocument(cofac.page, DOC);
    // Beside the latest revision, in the Revisions tab.
    await cofac.page.getByTestId('sidebar-tab-revisions').click();
    const latest = cofac.page.getByTestId('revision-item').first();
    expect(await latest.innerText()).toContain('Rev.1');
    await latest.getByTestId('start-silence').click();
    // The deadline offered is 72 hours from the server's time, in the reader's own time zone.
    const field = cofac.page.getByTestId('start-silence-deadline');
    const offered = new Date(await field.inputValue());
    expect(offered.getTime()).toBe(START.getTime() + 72 * 3600 * 1000);
    await cofac.page.getByTestId('start-silence-confirm').click();
    const cofacBanner = cofac.page.getByTestId('silence-banner');
    await cofacBanner.waitFor();
    expect(await cofacBanner.innerText()).toContain('Rev.1 is under silence until');
    await latest.getByTestId('start-silence').waitFor({ state: 'detached' });
    expect(await cofac.page.getByTestId('break-silence').count()).toBe(0);

    const eu = await signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test');
    await openDocument(eu.page, DOC);
    const banner = eu.page.getByTestId('silence-banner');
    await banner.waitFor();
    expect(await banner.getByTestId('silence-countdown').innerText()).toMatch(/^2 days 23:5\d:\d\d left$/);
    const deadline = await banner.getByTestId('silence-deadline').innerText();
    expect(deadline).toContain('Friday 4 December 2026');
    expect(deadline).toMatch(/New York: Friday 4 December 2026, 04:00 \((EST|GMT-5)\)$/);

    // Breaking silence takes a statement, then a confirmation.
    await banner.getByTestId('break-silence').click();
    const dialog = eu.page.getByRole('dialog', { name: 'Break silence on Rev.1' });
    await dialog.waitFor();
    await dialog.getByTestId('break-silence-submit').click();
    expect(await dialog.getByTestId('break-silence-error').innerText()).toBe('Breaking silence takes a written statement.');
    await dialog.getByTestId('break-silence-statement').fill('The European Union cannot join consensus on OP12.');
    await dialog.getByTestId('break-silence-submit').click();
    expect(await dialog.getByRole('status').innerText()).toContain('Break silence in the name of European Union?');
    await dialog.getByTestId('break-silence-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () => expect(await banner.getByTestId('silence-statements').innerText()).toContain('cannot join consensus'));
    expect(await banner.getByTestId('break-silence').count()).toBe(0);

    // The co-facilitator sees it without reloading, and the outcome when the deadline passes.
    await eventually(async () =>
      expect(await cofacBanner.getByTestId('silence-broken-so-far').innerText()).toBe('Silence broken so far by European Union.'),
    );
    suite.server.setClock(new Date(START.getTime() + 72 * 3600 * 1000));
    const outcome = cofac.page.getByTestId('silence-outcome');
    await outcome.waitFor({ timeout: 10_000 });
    expect(await outcome.innerText()).toContain('Silence broken by European Union');
    expect(await outcome.innerText()).toContain('The European Union cannot join consensus on OP12.');
    await eu.context.close();

    // Nobody breaks the next one: at the deadline the co-facilitator's text turns final and read-only, live.
    expect(await cofac.page.getByTestId('editor').getAttribute('data-editable')).toBe('true');
    const rev2 = await issueRevision(api, 'Rev.2');
    const next = await api.json('POST', `/api/documents/${DOC}/silence`, { revisionId: rev2.id });
    await cofacBanner.waitFor();
    suite.server.setClock(next.deadline);
    await eventually(
      async () => expect(await outcome.innerText()).toMatch(/^Adopted on .*: Rev\.2 is the final text, read-only\./),
      10_000,
    );
    await eventually(async () => expect(await cofac.page.getByTestId('document-stage').innerText()).toBe(' · Final text · Rev.2'));
    await eventually(async () => expect(await cofac.page.getByTestId('editor').getAttribute('data-editable')).toBe('false'));
    expect(await cofac.page.getByTestId('document-right').innerText()).toBe('You can read');
    await cofac.context.close();
  });
});
