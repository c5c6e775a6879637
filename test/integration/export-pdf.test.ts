import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { deleteParagraph, download, rewriteParagraph, temporaryFile } from './exports-fixtures.ts';
import { COMPACT, expectError, loginAll, paragraph, paragraphs, table, type Who } from './proposals-fixtures.ts';

let server: ServerProcess;
let as: Record<Who, ApiClient>;

// No lam-alef in the Arabic: pdftotext reverses the letters of that one ligature in any PDF (LibreOffice's too).
const ARABIC = 'تلتزم الدول بحماية حقوق جميع المهاجرين وتعزيز التعاون الدولي في مجال الهجرة المنظمة وفقا للقانون الدولي في كل مكان';
const CHINESE = '我们会员国承诺在移民问题上开展国际合作，保护所有移民的人权，并促进安全、有序和正常的移民，同时尊重各国的主权。';

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
  expect(
    (await as.cofacilitator.post(`/api/documents/${COMPACT}/revisions`, { name: 'Rev.1', symbol: 'A/CONF.231/3', issuedOn: '2018-03-05' }))
      .status,
  ).toBe(201);
  await deleteParagraph(as, 'OP7');
  await rewriteParagraph(as, 'OP5', ARABIC);
  await rewriteParagraph(as, 'OP6', CHINESE);
});
afterAll(() => server?.stop());

interface Pdf {
  file: string;
  pages: number;
  /** pdftotext's reading, in reading order. */
  text: string;
  /** pdftotext -layout: lines as they stand on the page. */
  layout: string;
}

async function exportPdf(client: ApiClient, query = ''): Promise<Pdf> {
  const answer = await download(client, `/api/documents/${COMPACT}/export.pdf${query}`);
  expect(answer.status, answer.body.toString()).toBe(200);
  expect(answer.contentType).toBe('application/pdf');
  expect(answer.disposition).toMatch(/^attachment; filename="gcm-compact-Rev.1[^"]*\.pdf"/);
  expect(answer.body.subarray(0, 5).toString()).toBe('%PDF-');
  const file = temporaryFile(answer.body, 'export.pdf');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const layout = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
  return { file, pages, text, layout };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const firstWords = (text: string, n = 4) => text.split(/\s+/).slice(0, n).join(' ');
const withoutBidiMarks = (text: string) => text.replace(/[\u202A-\u202E\u200E\u200F]/g, '');

describe('PDF export', () => {
  let clean: Pdf;
  beforeAll(async () => {
    clean = await exportPdf(as.observer);
  });

  it('puts the symbol, the revision and its date in the header of every page, and numbers the pages', () => {
    expect(clean.pages).toBeGreaterThan(2);
    const pages = clean.layout.split('\f').filter((page) => page.trim());
    expect(pages).toHaveLength(clean.pages);
    pages.forEach((page, i) => {
      const [header] = page.split('\n').filter((line) => line.trim());
      expect(header).toMatch(/^A\/CONF\.231\/3\s+Rev\.1 · 5 March 2018$/);
      expect(page).toMatch(new RegExp(`Page ${i + 1} of ${clean.pages}\\s*$`));
    });
    const opening = clean.layout
      .split('\n')
      .filter((line) => line.trim())
      .slice(1, 4)
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(opening).toMatch(/^ ?Global Compact for Safe, Orderly and Regular Migration — Zero draft Preamble/);
  });

  it('prints every paragraph with the number the product shows beside its first words', async () => {
    const shown = (await paragraphs(as.observer)).filter((p) => p.number && p.text.trim() && p.text !== ARABIC && p.text !== CHINESE);
    for (const p of shown) {
      const margin =
        p.type === 'operativeParagraph' ? `${p.number.slice(2)}.` : p.type === 'subPoint' ? /\([^)]+\)$/.exec(p.number)![0] : p.number;
      expect(clean.layout, `${p.number} ${p.text}`).toMatch(new RegExp(`^\\s*${escape(margin)}\\s+${escape(firstWords(p.text))}`, 'm'));
    }
  });

  it('sets Arabic right to left and Chinese with a real font: pdftotext reads back the same characters', () => {
    const text = withoutBidiMarks(clean.text);
    expect(text.replace(/\s*\n\s*/g, ' ')).toContain(ARABIC);
    expect(text.replace(/\s+/g, '')).toContain(CHINESE);
    const fonts = execFileSync('pdffonts', [clean.file], { encoding: 'utf8' });
    for (const font of ['NotoSans-Regular', 'NotoNaskhArabic', 'NotoSansHans-Regular']) {
      expect(fonts).toMatch(new RegExp(`\\+${font}\\s.*\\syes\\s+yes\\s+yes`));
    }
    // The Arabic paragraph is right-aligned: its lines end at the right margin, where Latin lines start at the left.
    const arabicLine = clean.layout.split('\n').find((line) => line.includes('تلتزم'))!;
    const latinLine = clean.layout.split('\n').find((line) => /^\s*1\.\s+We, the Member States/.test(line))!;
    expect(arabicLine.trimEnd().length).toBeGreaterThanOrEqual(latinLine.trimEnd().length - 2);
  });

  it('prints the compilation with proposals=compilation: each pending proposal under its paragraph with its attribution', async () => {
    const op3 = await paragraph(as.eu, 'OP3');
    await table(as.eu, {
      pid: op3.pid,
      kind: 'amend',
      text: op3.text.replace('Member States should ensure', 'Member States shall ensure'),
      justification: 'Stronger wording.',
    });
    const added = await table(as.g77, {
      pid: op3.pid,
      kind: 'insert-after',
      text: 'Migrants shall have access to justice.',
      justification: '',
    });
    expect((await as.canada.post(`/api/proposals/${added.id}/oppose`, {})).status).toBe(200);
    const compilation = await exportPdf(as.observer, '?proposals=compilation');
    expect(compilation.layout).toContain('Compilation of the pending proposals');
    const afterOp3 = compilation.layout.slice(
      compilation.layout.search(/^\s*3\.\s+Member States/m),
      compilation.layout.search(/^\s*4\.\s+The implementation/m),
    );
    expect(afterOp3).toMatch(/OP3 \(amendment\) EU\n\s+Member States should ?shall ensure/);
    expect(afterOp3).toMatch(/Justification: Stronger wording\./);
    expect(afterOp3).toMatch(/3bis \(new paragraph\) G77 and China; opposed by Canada\n\s+Migrants shall have access to justice\./);
    expect((await exportPdf(as.observer)).text).not.toContain('(amendment)');
  });

  it('exports a published brief for a delegate, its paragraphs numbered as the product shows them', async () => {
    const answer = await download(as.eu, '/api/documents/gcm-brief-6/export.pdf');
    expect(answer.status).toBe(200);
    const layout = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', temporaryFile(answer.body, 'brief.pdf'), '-'], {
      encoding: 'utf8',
    });
    for (const p of (await paragraphs(as.eu, 'gcm-brief-6')).filter((p) => p.type === 'briefParagraph')) {
      expect(layout).toMatch(new RegExp(`^\\s*${p.number.slice(1)}\\.\\s+${escape(firstWords(p.text, 3))}`, 'm'));
    }
  });

  it('leaves the number of a paragraph deleted since the revision where it stood', () => {
    expect(clean.layout).toMatch(/^\s+OP7 \[deleted\]\s*$/m);
    expect(clean.layout.search(/OP7 \[deleted\]/)).toBeLessThan(clean.layout.search(/^\s*8\.\s+We commit to improve/m));
  });

  it('answers 404 for what the caller may not see and 400 for a proposals value the PDF does not take', async () => {
    await expectError(await as.eu.get('/api/documents/gcm-brief-2/export.pdf'), 404, 'not_found');
    await expectError(await as.iom.get('/api/documents/gcm-brief-2/export.pdf'), 404, 'not_found');
    const tracked = await expectError(await as.eu.get(`/api/documents/${COMPACT}/export.pdf?proposals=tracked`), 400, 'invalid_input');
    expect(tracked.message).toMatch(/proposals must be none or compilation for PDF/);
    expect((await fetch(`${server.url}/api/documents/${COMPACT}/export.pdf`)).status).toBe(401);
  });
});
