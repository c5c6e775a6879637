import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { openDocument, signIn } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { allowConsoleErrors } from '../support/console-watch.ts';
import { bookmark, deleted, inserted, paragraph, run, wordFile } from '../support/word-file.ts';

const suite = browserSuite();

interface Paragraph {
  pid: string;
  number: string;
  text: string;
}

describe('Word files in, from the browser', () => {
  it("a delegate uploads Word amendments, reviews the proposals they make, and tables them in the delegation's name", async () => {
    const api = await ApiClient.login(suite.server.url, 'delegate.canada@demo.test');
    const compact: Paragraph[] = (await api.json('GET', '/api/documents/gcm-compact')).paragraphs;
    const op6 = compact.find((p) => p.number === 'OP6')!;
    const op7 = compact.find((p) => p.number === 'OP7')!;
    const file = wordFile(
      compact.map((p) => {
        const label = p.number ? `${p.number}\t` : '';
        if (p.pid === op6.pid)
          return paragraph(
            `${bookmark(`pid_${p.pid}`)}${run(`${label}${p.text}`)}${inserted(' We will report on it yearly.', 'Emily Tremblay')}`,
          );
        if (p.pid === op7.pid)
          return paragraph(`${bookmark(`pid_${p.pid}`)}${deleted(`${label}${p.text}`, 'Emily Tremblay')}`, { mark: 'deleted' });
        return paragraph(`${bookmark(`pid_${p.pid}`)}${run(`${label}${p.text}`)}`);
      }),
    );
    const before: unknown[] = await api.json('GET', '/api/documents/gcm-compact/proposals');

    const canada = await signIn(suite.browser, suite.server.url, 'delegate.canada@demo.test');
    await openDocument(canada.page, 'gcm-compact');
    await canada.page.getByTestId('amendment-import-open').click();
    const dialog = canada.page.getByRole('dialog', { name: 'Table amendments from a Word file' });
    await dialog.waitFor();
    await dialog.getByTestId('word-file-input').setInputFiles({
      name: 'compact-canada.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(file),
    });
    await dialog.getByTestId('amendment-import-review').waitFor();
    const proposals = dialog.getByTestId('amendment-import-proposal');
    expect(await proposals.count()).toBe(2);
    expect(await proposals.nth(0).innerText()).toContain('Amend OP6');
    expect(await proposals.nth(0).innerText()).toContain(`${op6.text} We will report on it yearly.`);
    expect(await proposals.nth(0).innerText()).toContain('Tracked by Emily Tremblay');
    expect(await proposals.nth(1).innerText()).toContain('Delete OP7');
    // Nothing is tabled while the delegate reviews.
    expect(await api.json('GET', '/api/documents/gcm-compact/proposals')).toHaveLength(before.length);

    await dialog.getByTestId('amendment-import-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await canada.page.getByTestId('amendment-import-done').innerText()).toContain('2 proposals tabled');
    const after: { pid: string; kind: string; tabledBy: { name: string } }[] = await api.json(
      'GET',
      '/api/documents/gcm-compact/proposals',
    );
    expect(after.filter((p) => [op6.pid, op7.pid].includes(p.pid)).map((p) => [p.kind, p.tabledBy.name])).toEqual([
      ['amend', 'Canada'],
      ['delete', 'Canada'],
    ]);
  });

  it('a refused file says why and tables nothing', async () => {
    const eu = await signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test');
    allowConsoleErrors(eu.page, /status of 400 .*\/imports\/amendments/);
    await openDocument(eu.page, 'gcm-compact');
    await eu.page.getByTestId('amendment-import-open').click();
    const dialog = eu.page.getByRole('dialog', { name: 'Table amendments from a Word file' });
    await dialog
      .getByTestId('word-file-input')
      .setInputFiles({ name: 'notes.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip') });
    expect(await dialog.getByTestId('word-file-error').innerText()).toContain('not a Word document');
    expect(await dialog.getByTestId('amendment-import-confirm').count()).toBe(0);
  });

  it('the secretariat imports a zero draft, corrects the mapping and lands on the new compact', async () => {
    const secretariat = await signIn(suite.browser, suite.server.url, 'secretariat@demo.test');
    await secretariat.page.getByTestId('zero-draft-import-link').click();
    await secretariat.page.getByTestId('word-file-input').setInputFiles({
      name: 'zero-draft.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(
        wordFile([
          paragraph(run('Compact on remittances'), { style: 'Title' }),
          paragraph(run('PP1 Recalling target 10.c,')),
          paragraph(run('Noting the cost of sending money home,')),
          paragraph(run('1. We commit to lower remittance costs.')),
          paragraph(run('(a) below three per cent;')),
        ]),
      ),
    });
    const mapping = secretariat.page.getByTestId('zero-draft-mapping');
    await mapping.waitFor();
    const numbers = () => mapping.getByTestId('zero-draft-number').allInnerTexts();
    expect(await numbers()).toEqual(['PP1', 'PP2', '1.', '(a)']);
    // The second paragraph is operative: the numbers follow the correction at once.
    await mapping.getByTestId('zero-draft-kind').nth(1).selectOption('operativeParagraph');
    expect(await numbers()).toEqual(['PP1', '1.', '2.', '(a)']);
    await secretariat.page.getByTestId('zero-draft-create').click();
    await secretariat.page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await secretariat.page.getByTestId('editor').waitFor();
    expect(await secretariat.page.locator('h1.document-header__title').innerText()).toBe('Compact on remittances');
  });
});
