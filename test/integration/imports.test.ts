import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import type { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { bookmark, deleted, inserted, paragraph, run, wordFile, WORD_TYPE, type WordParagraph } from '../support/word-file.ts';
import { expectError, listProposals, loginAll, openDatabase, paragraphs, type Paragraph, type Who } from './proposals-fixtures.ts';

let server: ServerProcess;
let as: Record<Who, ApiClient>;
let compact: Paragraph[];

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
  compact = await paragraphs(as.eu);
});
afterAll(() => server?.stop());

const byNumber = (number: string) => compact.find((p) => p.number === number)!;
/** The compact as the export writes it: each paragraph with its id bookmarked and its number before its words. */
const exported = (edit: (p: Paragraph) => WordParagraph | WordParagraph[] | null = (p) => plain(p)) =>
  compact.flatMap((p) => edit(p) ?? plain(p));
const plain = (p: Paragraph): WordParagraph => paragraph(`${bookmark(`pid_${p.pid}`)}${run(p.number ? `${p.number}\t${p.text}` : p.text)}`);
const importsCount = () => {
  const db = openDatabase(server);
  try {
    return db.prepare('SELECT count(*) AS n FROM document_imports').get().n as number;
  } finally {
    db.close();
  }
};
const uploadAmendments = (who: Who, file: Uint8Array, documentId = 'gcm-compact', type = WORD_TYPE) =>
  as[who].upload(`/api/documents/${documentId}/imports/amendments`, file, type);

describe("a delegation's Word amendments", () => {
  it('are read into proposals, tabled only on confirmation, in the delegation name, once', async () => {
    const op1 = byNumber('OP1');
    const op2 = byNumber('OP2');
    const op3 = byNumber('OP3');
    const [firstWord, ...rest] = op1.text.split(' ');
    const file = wordFile(
      exported((p) => {
        if (p.pid === op1.pid)
          return paragraph(
            `${bookmark(`pid_${p.pid}`)}${run(`OP1\t`)}${deleted(firstWord!)}${inserted('Together, we')}${run(` ${rest.join(' ')}`)}`,
          );
        if (p.pid === op2.pid) return paragraph(`${bookmark(`pid_${p.pid}`)}${deleted(`OP2\t${p.text}`)}`, { mark: 'deleted' });
        if (p.pid === op3.pid)
          return [{ ...plain(p), mark: 'inserted' }, paragraph(inserted('3bis. We will publish an annual account of progress.'))];
        return null;
      }),
    );
    const before = await listProposals(as.eu);
    const response = await uploadAmendments('eu', file);
    expect(response.status).toBe(200);
    const preview = await response.json();
    expect(preview.proposals).toEqual([
      expect.objectContaining({
        pid: op1.pid,
        kind: 'amend',
        text: `Together, we ${rest.join(' ')}`,
        paragraphLabel: 'OP1',
        matchedBy: 'id',
      }),
      expect.objectContaining({ pid: op2.pid, kind: 'delete', paragraphLabel: 'OP2' }),
      expect.objectContaining({ pid: op3.pid, kind: 'insert-after', text: 'We will publish an annual account of progress.' }),
    ]);
    expect(preview.proposals[0].authors).toEqual(['Claire Dubois']);
    expect(preview.unmatched).toEqual([]);
    expect(await listProposals(as.eu)).toEqual(before);

    // Only the uploader confirms; anyone else does not even find the import.
    await expectError(await as.canada.post(`/api/imports/${preview.id}/confirm`), 404, 'not_found');
    const confirmed = await as.eu.request('POST', `/api/imports/${preview.id}/confirm`);
    expect(confirmed.status).toBe(201);
    const { proposalIds } = await confirmed.json();
    expect(proposalIds).toHaveLength(3);
    const tabled = (await listProposals(as.eu)).filter((p: any) => proposalIds.includes(p.id));
    expect(tabled.map((p: any) => [p.kind, p.pid, p.tabledBy.name, p.status])).toEqual([
      ['amend', op1.pid, 'European Union', 'tabled'],
      ['delete', op2.pid, 'European Union', 'tabled'],
      ['insert-after', op3.pid, 'European Union', 'tabled'],
    ]);
    await expectError(await as.eu.request('POST', `/api/imports/${preview.id}/confirm`), 409, 'conflict');
    expect((await listProposals(as.eu)).length).toBe(before.length + 3);
  });

  it('rebases a change onto a paragraph that moved on between preview and confirmation', async () => {
    const op4 = byNumber('OP4');
    const words = op4.text.split(' ');
    const last = words.at(-1)!;
    const file = wordFile(
      exported((p) =>
        p.pid === op4.pid
          ? paragraph(
              `${bookmark(`pid_${p.pid}`)}${run(`OP4\t${words.slice(0, -1).join(' ')} `)}${deleted(last)}${inserted(`${last.replace(/[.,;]$/, '')}, as appropriate.`)}`,
            )
          : null,
      ),
    );
    const preview = await (await uploadAmendments('canada', file)).json();
    expect(preview.proposals).toHaveLength(1);
    // Meanwhile the co-facilitator changes the start of OP4 through an accepted proposal of the EU.
    const amended = `Firmly, ${op4.text.charAt(0).toLowerCase()}${op4.text.slice(1)}`;
    const theirs = await as.eu.json('POST', '/api/documents/gcm-compact/proposals', { pid: op4.pid, kind: 'amend', text: amended });
    expect((await as.cofacilitator.post(`/api/proposals/${theirs.id}/accept`)).status).toBe(200);
    const confirmed = await as.canada.request('POST', `/api/imports/${preview.id}/confirm`);
    expect(confirmed.status).toBe(201);
    const [id] = (await confirmed.json()).proposalIds;
    const proposal = await as.canada.json('GET', `/api/proposals/${id}`);
    expect(proposal.text).toBe(
      `Firmly, ${op4.text.charAt(0).toLowerCase()}${op4.text.slice(1, -last.length)}${last.replace(/[.,;]$/, '')}, as appropriate.`,
    );
  });

  it('lists what it cannot place instead of dropping it', async () => {
    const file = wordFile([paragraph(`${run('Words that stand nowhere in the compact at all.')}${inserted(' Truly.')}`), ...exported()]);
    const preview = await (await uploadAmendments('eu', file)).json();
    expect(preview.proposals).toEqual([]);
    expect(preview.unmatched).toEqual([
      { text: 'Words that stand nowhere in the compact at all. Truly.', reason: expect.stringMatching(/could not be found/) },
    ]);
  });
});

describe('refused uploads keep nothing', () => {
  const ct =
    '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  const cases: [string, () => Uint8Array, RegExp][] = [
    ['a text file', () => strToU8('OP1 We commit.'), /not a Word document/],
    [
      'a legacy or password-protected file',
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]),
      /password-protected or in the old Word format/,
    ],
    [
      'a file with macros',
      () => zipSync({ '[Content_Types].xml': strToU8(ct), 'word/document.xml': strToU8('<x/>'), 'word/vbaProject.bin': strToU8('x') }),
      /macros/,
    ],
    [
      'a zip bomb',
      () => zipSync({ '[Content_Types].xml': strToU8(ct), 'word/document.xml': new Uint8Array(100 * 1024 * 1024) }, { level: 9 }),
      /expands/,
    ],
    ['a damaged file', () => wordFile(exported()).slice(0, 200), /damaged/],
    ['a zip without Word text', () => zipSync({ 'a.txt': strToU8('hello') }), /no Word text/],
    ['broken XML', () => zipSync({ '[Content_Types].xml': strToU8(ct), 'word/document.xml': strToU8('<w:document><w:body>') }), /damaged/],
  ];
  for (const [what, file, message] of cases) {
    it(`refuses ${what} with a clear 400`, async () => {
      const count = importsCount();
      const error = await expectError(await uploadAmendments('eu', file()), 400, 'unreadable_file');
      expect(error.message).toMatch(message);
      expect(importsCount()).toBe(count);
    });
  }

  it('refuses a file over 20 MB (413), an empty body and another content type', async () => {
    const count = importsCount();
    await expectError(await uploadAmendments('eu', new Uint8Array(20 * 1024 * 1024 + 1)), 413, 'payload_too_large');
    await expectError(await uploadAmendments('eu', new Uint8Array(0)), 400, 'empty_body');
    await expectError(await uploadAmendments('eu', wordFile(exported()), 'gcm-compact', 'application/json'), 415, 'unsupported_media_type');
    await expectError(await uploadAmendments('eu', wordFile(exported()), 'gcm-compact', 'text/plain'), 415, 'unsupported_media_type');
    expect(importsCount()).toBe(count);
  });

  it('refuses who may not table (403) and a brief the caller may not see (404), before reading the file', async () => {
    const count = importsCount();
    await expectError(await uploadAmendments('observer', wordFile(exported())), 403, 'forbidden');
    await expectError(await uploadAmendments('cofacilitator', wordFile(exported())), 403, 'forbidden');
    await expectError(await uploadAmendments('eu', wordFile(exported()), 'gcm-brief-2'), 404, 'not_found');
    await expectError(await uploadAmendments('eu', wordFile(exported()), 'no-such-document'), 404, 'not_found');
    await expectError(await as.eu.post('/api/imports/no-such-import/confirm'), 404, 'not_found');
    expect(importsCount()).toBe(count);
  });

  it('refuses a cross-site upload', async () => {
    const response = await as.eu.request('POST', '/api/documents/gcm-compact/imports/amendments', wordFile(exported()), {
      'content-type': WORD_TYPE,
      origin: 'https://evil.example',
    });
    expect(response.status).toBe(403);
  });
});

describe('a zero draft from Word', () => {
  const zeroDraft = () =>
    wordFile([
      paragraph(run('Global compact on labour mobility'), { style: 'Title' }),
      paragraph(run('Preamble'), { style: 'Heading1' }),
      paragraph(run('PP1 Recalling the 2030 Agenda for Sustainable Development,')),
      paragraph(run('Reaffirming the rights of all migrant workers,')),
      paragraph(run('Commitments', { bold: true })),
      paragraph(run('1. We commit to fair recruitment.')),
      paragraph(run('(a) by lowering recruitment fees;')),
      paragraph(run('(b) by enforcing contracts;')),
      paragraph(run('2. We will review progress every two years.')),
    ]);

  it('is read into a mapping, corrected by the secretariat and made into a new compact numbered by the platform', async () => {
    const response = await as.secretariat.upload('/api/imports/zero-draft', zeroDraft(), WORD_TYPE);
    expect(response.status).toBe(200);
    const preview = await response.json();
    expect(preview.title).toBe('Global compact on labour mobility');
    expect(preview.blocks.map((b: any) => [b.type, b.text, b.typedNumber])).toEqual([
      ['sectionHeading', 'Preamble', null],
      ['preambularParagraph', 'Recalling the 2030 Agenda for Sustainable Development,', 'PP1'],
      ['preambularParagraph', 'Reaffirming the rights of all migrant workers,', null],
      ['sectionHeading', 'Commitments', null],
      ['operativeParagraph', 'We commit to fair recruitment.', '1.'],
      ['subPoint', 'by lowering recruitment fees;', '(a)'],
      ['subPoint', 'by enforcing contracts;', '(b)'],
      ['operativeParagraph', 'We will review progress every two years.', '2.'],
    ]);
    const documentsBefore = (await as.secretariat.json('GET', '/api/documents')).length;
    // A bad correction is refused and makes nothing.
    await expectError(
      await as.secretariat.post(`/api/imports/${preview.id}/confirm`, { blocks: [{ type: 'subPoint', text: 'x' }] }),
      400,
      'invalid_input',
    );
    await expectError(
      await as.secretariat.post(`/api/imports/${preview.id}/confirm`, { blocks: [{ type: 'bogus', text: 'x' }] }),
      400,
      'invalid_input',
    );
    await expectError(await as.secretariat.post(`/api/imports/${preview.id}/confirm`, { title: '   ' }), 400, 'invalid_input');
    expect((await as.secretariat.json('GET', '/api/documents')).length).toBe(documentsBefore);

    const blocks = preview.blocks.map((b: any) => ({ type: b.type, text: b.text, level: b.level }));
    blocks[2] = { ...blocks[2], type: 'operativeParagraph' };
    const confirmed = await as.secretariat.post(`/api/imports/${preview.id}/confirm`, { title: 'Labour mobility: zero draft', blocks });
    expect(confirmed.status).toBe(201);
    const created = await confirmed.json();
    expect(created).toMatchObject({ kind: 'compact', title: 'Labour mobility: zero draft' });
    const made = await paragraphs(as.eu, created.id);
    expect(made.map((p) => [p.number, p.text])).toEqual([
      ['', 'Preamble'],
      ['PP1', 'Recalling the 2030 Agenda for Sustainable Development,'],
      ['OP1', 'Reaffirming the rights of all migrant workers,'],
      ['', 'Commitments'],
      ['OP2', 'We commit to fair recruitment.'],
      ['OP2(a)', 'by lowering recruitment fees;'],
      ['OP2(b)', 'by enforcing contracts;'],
      ['OP3', 'We will review progress every two years.'],
    ]);
    await expectError(await as.secretariat.post(`/api/imports/${preview.id}/confirm`), 409, 'conflict');
  });

  it('is refused to everyone but the secretariat, and a file with no paragraphs is refused', async () => {
    for (const who of ['eu', 'cofacilitator', 'ohchr', 'observer'] as const)
      await expectError(await as[who].upload('/api/imports/zero-draft', zeroDraft(), WORD_TYPE), 403, 'forbidden');
    const count = importsCount();
    const empty = await as.secretariat.upload(
      '/api/imports/zero-draft',
      wordFile([paragraph(run('Only a title'), { style: 'Title' })]),
      WORD_TYPE,
    );
    await expectError(empty, 400, 'unreadable_file');
    expect(importsCount()).toBe(count);
  });
});
