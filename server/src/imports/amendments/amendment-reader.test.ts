import { describe, expect, it } from 'vitest';
import type { DocumentParagraph } from '@plenary/shared/document/index';
import { readDocxParagraphs } from '../ooxml/docx-paragraphs.ts';
import { readAmendments } from './amendment-reader.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const by = 'w:id="1" w:author="European Union" w:date="2026-11-30T10:00:00Z"';
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const ins = (text: string) => `<w:ins ${by}>${run(text)}</w:ins>`;
const del = (text: string) => `<w:del ${by}><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
const mark = (kind: 'ins' | 'del') => `<w:pPr><w:rPr><w:${kind} ${by}/></w:rPr></w:pPr>`;
const bookmark = (pid: string) => `<w:bookmarkStart w:id="9" w:name="pid_${pid}"/><w:bookmarkEnd w:id="9"/>`;
const para = (content: string, pPr = '') => `<w:p>${pPr}${content}</w:p>`;
const docx = (...paragraphs: string[]) => `<w:document ${W}><w:body>${paragraphs.join('')}<w:sectPr/></w:body></w:document>`;

const current: DocumentParagraph[] = [
  { pid: 'h1', type: 'sectionHeading', number: '', text: 'Vision' },
  { pid: 'p1', type: 'operativeParagraph', number: 'OP1', text: 'We commit to safe migration.' },
  { pid: 'p2', type: 'operativeParagraph', number: 'OP2', text: 'We will share data on migration flows.' },
  { pid: 'p3', type: 'operativeParagraph', number: 'OP3', text: 'We will cooperate on return and readmission.' },
];
const read = (xml: string, paragraphs = current) => readAmendments(readDocxParagraphs(xml), paragraphs);

describe('readAmendments', () => {
  it('reads a word change in a paragraph found by its embedded id as an amendment, number label stripped', () => {
    const xml = docx(para(`${bookmark('p1')}${run('OP1\tWe commit to ')}${del('safe')}${ins('safe, orderly')}${run(' migration.')}`));
    expect(read(xml)).toEqual({
      proposals: [
        {
          pid: 'p1',
          kind: 'amend',
          text: 'We commit to safe, orderly migration.',
          paragraphLabel: 'OP1',
          authors: ['European Union'],
          rebased: false,
          matchedBy: 'id',
        },
      ],
      unmatched: [],
    });
  });

  it('leaves unchanged paragraphs out', () => {
    expect(read(docx(para(`${bookmark('p1')}${run('OP1 We commit to safe migration.')}`)))).toEqual({ proposals: [], unmatched: [] });
  });

  it('reads a paragraph deleted with its mark as a deletion', () => {
    const xml = docx(
      para(`${bookmark('p2')}${del('OP2 We will share data on migration flows.')}`, mark('del')),
      para(`${bookmark('p3')}${run('OP3 We will cooperate on return and readmission.')}`),
    );
    expect(read(xml).proposals).toEqual([expect.objectContaining({ pid: 'p2', kind: 'delete' })]);
  });

  it('reads a paragraph typed after another (Enter at its end) as an insertion after it, typed number dropped', () => {
    const xml = docx(
      para(`${bookmark('p2')}${run('OP2 We will share data on migration flows.')}`, mark('ins')),
      para(ins('2bis. We will fund national statistical offices.')),
      para(`${bookmark('p3')}${run('OP3 We will cooperate on return and readmission.')}`),
    );
    expect(read(xml).proposals).toEqual([
      expect.objectContaining({ pid: 'p2', kind: 'insert-after', text: 'We will fund national statistical offices.' }),
    ]);
  });

  it('finds a paragraph that lost its id by its words', () => {
    const xml = docx(
      para(`${run('OP3 We will cooperate on return and readmission')}${ins(' in full respect of human rights')}${run('.')}`),
    );
    expect(read(xml).proposals).toEqual([
      expect.objectContaining({
        pid: 'p3',
        kind: 'amend',
        text: 'We will cooperate on return and readmission in full respect of human rights.',
        matchedBy: 'text',
      }),
    ]);
  });

  it('rebases a change onto a paragraph that moved on since the download, and lists a clash instead of tabling it', () => {
    const moved = current.map((p) => (p.pid === 'p2' ? { ...p, text: 'We will regularly share data on migration flows.' } : p));
    const clean = docx(
      para(`${bookmark('p2')}${run('OP2 We will share data on migration ')}${del('flows')}${ins('flows and routes')}${run('.')}`),
    );
    expect(read(clean, moved).proposals).toEqual([
      expect.objectContaining({ pid: 'p2', text: 'We will regularly share data on migration flows and routes.', rebased: true }),
    ]);
    const clash = docx(para(`${bookmark('p2')}${run('OP2 We will ')}${del('share')}${ins('publish')}${run(' data on migration flows.')}`));
    const clashing = current.map((p) => (p.pid === 'p2' ? { ...p, text: 'We will exchange data on migration flows.' } : p));
    const reading = read(clash, clashing);
    expect(reading.proposals).toEqual([]);
    expect(reading.unmatched).toEqual([expect.objectContaining({ reason: expect.stringMatching(/OP2 changed since/) })]);
  });

  it('lists what it cannot place: a change to a paragraph it cannot find, a heading, a paragraph before the first', () => {
    const xml = docx(
      para(ins('A brand new opening line.')),
      para(`${bookmark('h1')}${run('Vision')}${ins(' and principles')}`),
      para(`${run('Something no paragraph says at all.')}${ins(' Really.')}`),
    );
    const reading = read(xml);
    expect(reading.proposals).toEqual([]);
    expect(reading.unmatched.map((u) => u.reason)).toEqual([
      expect.stringMatching(/before the first paragraph/),
      expect.stringMatching(/could not be found/),
      expect.stringMatching(/Headings are not negotiated/),
    ]);
  });
});
