import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownRedline, markdownRuns } from './markdown-text.ts';

describe('Markdown text', () => {
  it('escapes what would format, and leaves ordinary punctuation alone', () => {
    expect(escapeMarkdown('a *b* _c_ [d](e) <f> # g | h ~ i `j` \\ k')).toBe(
      'a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\# g \\| h \\~ i \\`j\\` \\\\ k',
    );
    // A numeric reference loses its power through its escaped "#", a named one through its "&".
    expect(escapeMarkdown('&amp; & &#38;')).toBe('\\&amp; & &\\#38;');
    expect(escapeMarkdown('10.7, (a) and 3 - 4.')).toBe('10.7, (a) and 3 - 4.');
  });

  it('keeps the spaces around a formatted run outside its markers', () => {
    expect(
      markdownRuns([
        { text: 'Recalling ', marks: ['italic'] },
        { text: 'the ', marks: [] },
        { text: ' Declaration', marks: ['bold', 'italic'] },
      ]),
    ).toBe('*Recalling* the  ***Declaration***');
  });

  it('writes deletions struck through and insertions in bold', () => {
    expect(
      markdownRedline([
        { op: 'equal', text: 'States ' },
        { op: 'delete', text: 'should' },
        { op: 'insert', text: 'shall ' },
        { op: 'equal', text: 'act' },
      ]),
    ).toBe('States ~~should~~**shall** act');
  });
});
