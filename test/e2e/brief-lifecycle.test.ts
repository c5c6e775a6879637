import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { openDocument, signIn } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';

const BRIEF = 'gcm-brief-1';
const suite = browserSuite(BRIEF);

describe('the lifecycle of an issue brief', () => {
  it('OHCHR circulates brief 1 with a deadline, its editor turns read-only, and a delegate sees it once published', async () => {
    const ohchrApi = await ApiClient.login(suite.server.url, 'agency.ohchr@demo.test');
    // The demo has brief 1 out for comments already: its co-lead takes it back to draft first.
    await ohchrApi.json('PUT', `/api/documents/${BRIEF}/stage`, { stage: 'draft' });

    const eu = await signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test');
    await eu.page.getByTestId('doc-item').first().waitFor();
    const euListed = () => eu.page.locator(`[data-testid="doc-item"] a[href="/documents/${BRIEF}"]`);
    expect(await euListed().count()).toBe(0);

    const ohchr = await signIn(suite.browser, suite.server.url, 'agency.ohchr@demo.test');
    await openDocument(ohchr.page, BRIEF);
    const editor = ohchr.page.getByTestId('editor');
    expect(await editor.getAttribute('data-editable')).toBe('true');
    expect(await ohchr.page.getByTestId('document-stage').innerText()).toContain('Draft');

    await ohchr.page.getByTestId('move-to-circulated').click();
    const dialog = ohchr.page.getByRole('dialog', { name: 'Move the brief to “Circulated for comments”?' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('brief-stage-allows').innerText()).toContain('the text is read-only for everyone');
    await dialog.getByTestId('brief-stage-deadline').fill('2026-12-20T17:00');
    await dialog.getByTestId('brief-stage-confirm').click();
    await dialog.waitFor({ state: 'detached' });

    // The page follows the move live: the stage, the deadline, and an editor that no longer writes.
    await ohchr.page.getByTestId('document-stage').getByText('Circulated for comments').waitFor();
    await ohchr.page.getByTestId('inputs-deadline').waitFor();
    await ohchr.page.locator('[data-testid="editor"][data-editable="false"]').waitFor({ timeout: 15_000 });
    expect(await ohchr.page.getByTestId('move-to-finalization').count()).toBe(1);

    await ohchr.page.goto('/');
    const item = ohchr.page.locator('[data-testid="doc-item"]', { has: ohchr.page.locator(`a[href="/documents/${BRIEF}"]`) });
    await item.waitFor();
    expect(await item.getByTestId('doc-item-stage').innerText()).toContain('Circulated for comments');
    expect(await item.getByTestId('inputs-deadline').textContent()).toMatch(/^Inputs by 20 December 2026, 17:00/);

    // Still hidden from the delegate, until the secretariat publishes what it endorsed.
    expect(await euListed().count()).toBe(0);
    await ohchrApi.json('PUT', `/api/documents/${BRIEF}/stage`, { stage: 'finalization' });
    const secretariat = await ApiClient.login(suite.server.url, 'secretariat@demo.test');
    await secretariat.json('PUT', `/api/documents/${BRIEF}/stage`, { stage: 'endorsed' });
    expect(await euListed().count()).toBe(0);
    await secretariat.json('PUT', `/api/documents/${BRIEF}/stage`, { stage: 'published' });
    await euListed().waitFor();
    await openDocument(eu.page, BRIEF);
    expect(await eu.page.getByTestId('document-stage').innerText()).toContain('Published');
    expect(await eu.page.getByTestId('editor').getAttribute('data-editable')).toBe('false');
  });
});
