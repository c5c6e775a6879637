import { describe, expect, it } from 'vitest';
import { fontFor, splitWords } from './pdf-fonts.ts';
import { isRightToLeft } from '../scripts.ts';

const plain = { bold: false, italic: false };

describe('the PDF fonts', () => {
  it('gives each word the font of its script, and Latin words their style', () => {
    expect(fontFor('migration', plain)).toBe('regular');
    expect(fontFor('migration', { bold: true, italic: true })).toBe('boldItalic');
    expect(fontFor('الهجرة', plain)).toBe('arabic');
    expect(fontFor('الهجرة،', { bold: true, italic: false })).toBe('arabicBold');
    expect(fontFor('移民', { bold: true, italic: false })).toBe('chinese');
  });

  it('reads a paragraph right to left when its first letter is Arabic', () => {
    expect(isRightToLeft('12. تلتزم الدول')).toBe(true);
    expect(isRightToLeft('The State (الدولة)')).toBe(false);
    expect(isRightToLeft('2018')).toBe(false);
  });

  it('splits words at spaces, every Chinese character apart, closing marks kept with the character before', () => {
    expect(splitWords('We  commit, all ')).toEqual([
      { word: 'We', spaceAfter: true },
      { word: 'commit,', spaceAfter: true },
      { word: 'all', spaceAfter: true },
    ]);
    expect(splitWords('合作。A/RES 移民').map((w) => w.word)).toEqual(['合', '作。', 'A/RES', '移', '民']);
    expect(splitWords('ab移c').map((w) => w.word)).toEqual(['ab', '移', 'c']);
  });
});
