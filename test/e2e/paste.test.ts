import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { openDocument, placeCursorAtEnd, signIn, visibleText } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { paragraphByNumber, type NumberedParagraph } from '../support/paragraphs.ts';
import { eventually } from '../support/sync-client.ts';

const DOC = 'gcm-compact';
const suite = browserSuite();

/** HTML as Word puts it on the clipboard: a WordSection div, MsoNormal paragraphs, a table, mso-list items, a link. */
const WORD_TABLE = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=ProgId content=Word.Document><style><!-- p.MsoNormal {margin:0cm;} --></style></head>
<body lang=EN-GB><!--StartFragment--><div class=WordSection1>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0'><td width=301 valign=top style='width:225.4pt'><p class=MsoNormal><span lang=EN-US>Region</span></p></td><td width=301 valign=top><p class=MsoNormal><span lang=EN-US>Migrants (millions)</span></p></td></tr>
 <tr style='mso-yfti-irow:1'><td width=301 valign=top><p class=MsoNormal><span lang=EN-US>Europe</span></p></td><td width=301 valign=top><p class=MsoNormal><span lang=EN-US>78</span></p></td></tr>
</table>
</div><!--EndFragment--></body></html>`;

const WORD_LIST = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=ProgId content=Word.Document></head><body><!--StartFragment-->
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang=EN-US>Promote <b>safe</b> channels, as set out by <a href="https://www.iom.int/">IOM guidance</a></span></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>a.<span>&nbsp;&nbsp; </span></span><![endif]><span lang=EN-US>including family reunification</span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang=EN-US>Reduce the costs of remittances</span></p>
<!--EndFragment--></body></html>`;

const WEB_LIST_WITH_LINK = `<meta charset="utf-8"><ul><li>First <a href="https://example.org/a">linked words</a> here</li><li>Second point</li></ul>`;

/** Dispatches a paste event carrying `text/html` (and its plain text) on the focused editor, as a real paste does. */
async function pasteHtml(page: Page, html: string, plain: string): Promise<void> {
  await page.evaluate(
    ([html, plain]) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', plain);
      const target = document.activeElement ?? document.querySelector('#document-text')!;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [html, plain] as const,
  );
}

/** The stored paragraphs after `anchor`, in document order, read through the API. */
async function paragraphsAfter(anchor: NumberedParagraph, count: number): Promise<NumberedParagraph[]> {
  const api = await ApiClient.login(suite.server.url, 'observer@demo.test');
  const { paragraphs } = await api.json<{ paragraphs: NumberedParagraph[] }>('GET', `/api/documents/${DOC}`);
  const at = paragraphs.findIndex((p) => p.pid === anchor.pid);
  return paragraphs.slice(at + 1, at + 1 + count);
}

describe('pasting from a word processor', () => {
  it('turns a Word table into one paragraph per row, its cells separated by tabs, and says so', async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test');
    await openDocument(page, DOC);
    const op5 = await paragraphByNumber(suite.server.url, DOC, 'OP5');
    await placeCursorAtEnd(page, op5.pid);
    await pasteHtml(page, WORD_TABLE, 'Region\tMigrants (millions)\nEurope\t78');
    await expect(page.getByTestId('paste-notice').innerText()).resolves.toMatch(/one paragraph per row.*tabs/);
    await eventually(async () => {
      const after = await paragraphsAfter(op5, 2);
      expect(after.map((p) => p.text)).toEqual(['Region\tMigrants (millions)', 'Europe\t78']);
    }, 5_000);
    await expect(visibleText(page, op5.pid)).resolves.toBe(op5.text);
    await context.close();
  });

  it('turns a Word list pasted into an operative paragraph into its sub-points, keeping bold and the link text', async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test');
    await openDocument(page, DOC);
    const op6 = await paragraphByNumber(suite.server.url, DOC, 'OP6');
    await placeCursorAtEnd(page, op6.pid);
    await pasteHtml(page, WORD_LIST, 'Promote safe channels\nincluding family reunification\nReduce the costs of remittances');
    await expect(page.getByTestId('paste-notice').innerText()).resolves.toMatch(/sub-points of the paragraph/);
    await eventually(async () => {
      const after = await paragraphsAfter(op6, 3);
      expect(after.map((p) => [p.number, p.text])).toEqual([
        ['OP6(a)', 'Promote safe channels, as set out by IOM guidance'],
        ['OP6(a)(i)', 'including family reunification'],
        ['OP6(b)', 'Reduce the costs of remittances'],
      ]);
    }, 5_000);
    const first = (await paragraphsAfter(op6, 1))[0]!;
    await expect(page.locator(`[data-pid="${first.pid}"] strong`).innerText()).resolves.toBe('safe');
    await context.close();
  });

  it('turns a list pasted into an issue brief into separate paragraphs, and says why', async () => {
    // Brief 3 is under finalization: its co-lead IOM writes it.
    const brief = 'gcm-brief-3';
    const { context, page } = await signIn(suite.browser, suite.server.url, 'agency.iom@demo.test');
    await openDocument(page, brief);
    const first = page.locator('[data-testid="editor"] [data-type="briefParagraph"]').first();
    const pid = (await first.getAttribute('data-pid'))!;
    await placeCursorAtEnd(page, pid);
    await pasteHtml(page, WEB_LIST_WITH_LINK, 'First linked words here\nSecond point');
    await expect(page.getByTestId('paste-notice').innerText()).resolves.toMatch(/separate paragraphs/);
    const next = page.locator(`[data-testid="editor"] [data-pid="${pid}"] ~ [data-type="briefParagraph"]`);
    await expect(next.nth(0).innerText()).resolves.toBe('First linked words here');
    await expect(next.nth(1).innerText()).resolves.toBe('Second point');
    await expect(page.locator('[data-testid="editor"] [data-type="subPoint"]').count()).resolves.toBe(0);
    await context.close();
  });
});
