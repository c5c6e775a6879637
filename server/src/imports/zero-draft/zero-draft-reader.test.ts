import { describe, expect, it } from 'vitest';
import type { DocxParagraph } from '../ooxml/docx-paragraphs.ts';
import { readZeroDraft } from './zero-draft-reader.ts';

const p = (text: string, more: Partial<DocxParagraph> = {}): DocxParagraph => ({
  styleId: null,
  styleName: null,
  outlineLevel: null,
  bookmarks: [],
  mark: null,
  listLevel: null,
  bold: false,
  segments: [{ text, change: null }],
  ...more,
});

describe('readZeroDraft', () => {
  it('recognises the title, headings, preambular and operative paragraphs and sub-points, and strips typed numbers', () => {
    const reading = readZeroDraft([
      p('Global compact on migration', { styleId: 'Title' }),
      p('Preamble', { styleId: 'Heading1' }),
      p('PP1 Recalling the New York Declaration,'),
      p('Reaffirming the 2030 Agenda,'),
      p('Vision', { bold: true }),
      p('1. We commit to cooperate.'),
      p('(a) on data;'),
      p('(i) collected nationally;'),
      p('(b) on return;'),
      p('2bis. We will review progress.'),
      p(''),
      p('OP3 Decide to meet again.'),
    ]);
    expect(reading.title).toBe('Global compact on migration');
    expect(reading.blocks.map((b) => [b.type, b.text, b.level, b.typedNumber])).toEqual([
      ['sectionHeading', 'Preamble', null, null],
      ['preambularParagraph', 'Recalling the New York Declaration,', null, 'PP1'],
      ['preambularParagraph', 'Reaffirming the 2030 Agenda,', null, null],
      ['sectionHeading', 'Vision', null, null],
      ['operativeParagraph', 'We commit to cooperate.', null, '1.'],
      ['subPoint', 'on data;', 1, '(a)'],
      ['subPoint', 'collected nationally;', 2, '(i)'],
      ['subPoint', 'on return;', 1, '(b)'],
      ['operativeParagraph', 'We will review progress.', null, '2bis.'],
      ['operativeParagraph', 'Decide to meet again.', null, 'OP3'],
    ]);
  });

  it('reads "(i)" after "(h)" as a letter, Word list levels as operative paragraphs and sub-points, deletions as gone', () => {
    const reading = readZeroDraft([
      p('1. Chapeau:'),
      p('(h) eighth;'),
      p('(i) ninth;'),
      p('Listed paragraph', { listLevel: 0 }),
      p('Listed point', { listLevel: 1 }),
      p('', {
        segments: [
          { text: 'Kept ', change: null },
          { text: 'struck ', change: { kind: 'deletion', author: 'x', date: null } },
          { text: 'words.', change: null },
        ],
      }),
    ]);
    expect(reading.title).toBe('Imported zero draft');
    expect(reading.blocks.map((b) => [b.type, b.text, b.level])).toEqual([
      ['operativeParagraph', 'Chapeau:', null],
      ['subPoint', 'eighth;', 1],
      ['subPoint', 'ninth;', 1],
      ['operativeParagraph', 'Listed paragraph', null],
      ['subPoint', 'Listed point', 1],
      ['operativeParagraph', 'Kept words.', null],
    ]);
  });
});
