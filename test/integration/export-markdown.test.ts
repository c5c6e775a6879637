import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { deleteParagraph, download, rewriteParagraph } from './exports-fixtures.ts';
import { COMPACT, expectError, loginAll, paragraph, paragraphs, table, type Who } from './proposals-fixtures.ts';

let server: ServerProcess;
let as: Record<Who, ApiClient>;
const markdown = new MarkdownIt();

const TRICKY =
  'Member States *shall* use [links](http://example.org) and <b>tags</b>, 5 # 6 _under_ back\\slash ~~kept~~ `code` &amp; &#38; | pipe';

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
  expect(
    (await as.cofacilitator.post(`/api/documents/${COMPACT}/revisions`, { name: 'Rev.1', symbol: 'A/CONF.231/3', issuedOn: '2018-03-05' }))
      .status,
  ).toBe(201);
  await deleteParagraph(as, 'OP7');
  await rewriteParagraph(as, 'OP5', TRICKY);
});
afterAll(() => server?.stop());

async function exportMarkdown(client: ApiClient, documentId: string, query = ''): Promise<string> {
  const answer = await download(client, `/api/documents/${documentId}/export.md${query}`);
  expect(answer.status, answer.body.toString()).toBe(200);
  expect(answer.contentType).toBe('text/markdown; charset=utf-8');
  expect(answer.disposition).toMatch(/^attachment; filename="[^"]+\.md"/);
  return answer.body.toString('utf8');
}

describe('Markdown export', () => {
  it('starts with the title, the symbol, the revision and its date', async () => {
    const text = await exportMarkdown(as.observer, COMPACT);
    const [title, , header] = text.split('\n');
    expect(title).toBe('# Global Compact for Safe, Orderly and Regular Migration — Zero draft');
    expect(header).toBe('**Symbol:** A/CONF.231/3 · **Revision:** Rev.1 · **Date:** 5 March 2018');
  });

  it('numbers every paragraph as the product does, headings as headings, sub-points indented under their paragraph', async () => {
    const text = await exportMarkdown(as.observer, COMPACT);
    const shown = await paragraphs(as.observer);
    const numbered = text.split('\n').flatMap((line) => {
      const match = /^(\s*)(?:- )?\*\*([^*]+)\*\* /.exec(line);
      return match && !line.startsWith('**Symbol') ? [match[2]] : [];
    });
    const margins = shown.filter((p) => p.number).map((p) => (p.type === 'subPoint' ? /(\([^)]+\))$/.exec(p.number)![1] : p.number));
    expect(numbered).toEqual(margins);
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(shown.filter((p) => p.type === 'sectionHeading').map((p) => `## ${p.text}`));
    expect(text).toMatch(/\n- \*\*\(a\)\*\* /);
    expect(text).toMatch(/\n {2}- \*\*\(i\)\*\* domestic work/);
  });

  it('escapes what Markdown would read as formatting, so a Markdown reader shows the text as it is', async () => {
    const html = markdown.render(await exportMarkdown(as.observer, COMPACT));
    expect(html).toContain(`<p><strong>OP5</strong> ${markdown.utils.escapeHtml(TRICKY)}</p>`);
    // Formatting that is the text's own comes through as formatting.
    expect(html).toContain('<p><strong>PP1</strong> <em>Recalling</em> the New York Declaration');
    const items = html.match(/<li><strong>\([a-z]+\)<\/strong> [^<]+/g) ?? [];
    expect(items.length).toBe((await paragraphs(as.observer)).filter((p) => p.type === 'subPoint').length);
    expect(html).toMatch(
      /<li><strong>\(c\)<\/strong> strengthening labour inspection, with particular attention to:\n<ul>\n<li><strong>\(i\)<\/strong> domestic work/,
    );
  });

  it('follows each paragraph with its pending proposals and their attribution with proposals=compilation, and only then', async () => {
    const op3 = await paragraph(as.eu, 'OP3');
    await table(as.eu, {
      pid: op3.pid,
      kind: 'amend',
      text: op3.text.replace('Member States should ensure', 'Member States shall ensure'),
      justification: 'Stronger.',
    });
    const added = await table(as.g77, {
      pid: op3.pid,
      kind: 'insert-after',
      text: 'Migrants shall have access to justice.',
      justification: '',
    });
    expect((await as.canada.post(`/api/proposals/${added.id}/support`, {})).status).toBe(200);

    const clean = await exportMarkdown(as.observer, COMPACT);
    expect(clean).not.toContain('(amendment)');
    const compilation = await exportMarkdown(as.observer, COMPACT, '?proposals=compilation');
    const afterOp3 = compilation.slice(compilation.indexOf('**OP3** '), compilation.indexOf('**OP4** '));
    expect(afterOp3).toContain('> **OP3** (amendment) EU\n>\n> Member States ~~should~~**shall** ensure that national');
    expect(afterOp3).toContain('> _Justification:_ Stronger.');
    expect(afterOp3).toContain(
      '> **3bis** (new paragraph) G77 and China, supported by Canada\n>\n> **Migrants shall have access to justice.**',
    );
    const html = markdown.render(compilation);
    expect(html).toContain('<s>should</s><strong>shall</strong>');
  });

  it('exports a published brief for a delegate, with its ¶ numbers', async () => {
    const text = await exportMarkdown(as.eu, 'gcm-brief-6');
    const shown = (await paragraphs(as.eu, 'gcm-brief-6')).filter((p) => p.type === 'briefParagraph');
    for (const p of shown) expect(text).toContain(`**${p.number}** `);
  });

  it('leaves the number of a paragraph deleted since the revision where it stood, struck through', async () => {
    const text = await exportMarkdown(as.observer, COMPACT);
    const op6 = text.indexOf('**OP6** ');
    const deleted = text.indexOf('\n~~OP7~~ \\[deleted\\]\n');
    expect(deleted).toBeGreaterThan(op6);
    expect(text.indexOf('**OP8** ')).toBeGreaterThan(deleted);
    expect(markdown.render(text)).toContain('<p><s>OP7</s> [deleted]</p>');
  });

  it('answers 404 for what the caller may not see and 400 for a proposals value Markdown does not take', async () => {
    await expectError(await as.eu.get('/api/documents/gcm-brief-2/export.md'), 404, 'not_found');
    await expectError(await as.observer.get('/api/documents/gcm-brief-1/export.md'), 404, 'not_found');
    const tracked = await expectError(await as.eu.get(`/api/documents/${COMPACT}/export.md?proposals=tracked`), 400, 'invalid_input');
    expect(tracked.message).toMatch(/proposals must be none or compilation for Markdown/);
    await expectError(await as.eu.get(`/api/documents/${COMPACT}/export.md?comments=1`), 400, 'invalid_input');
    expect((await fetch(`${server.url}/api/documents/${COMPACT}/export.md`)).status).toBe(401);
  });
});
