import { describe, expect, it } from 'vitest';
import { findBracketSpans } from './bracketSpans.ts';

const spanTexts = (text: string) => findBracketSpans(text).map((s) => text.slice(s.from, s.to));

describe('findBracketSpans', () => {
  it('finds nothing in text without brackets', () => {
    expect(findBracketSpans('We commit to cooperate.')).toEqual([]);
    expect(findBracketSpans('')).toEqual([]);
  });

  it('finds one bracketed span with its bounds', () => {
    expect(findBracketSpans('States [shall] cooperate')).toEqual([{ from: 7, to: 14, depth: 0, alternative: false }]);
  });

  it('marks adjacent spans as alternatives, and spans apart as not', () => {
    const text = 'States [shall][should] cooperate [fully]';
    expect(findBracketSpans(text)).toEqual([
      { from: 7, to: 14, depth: 0, alternative: true },
      { from: 14, to: 22, depth: 0, alternative: true },
      { from: 33, to: 40, depth: 0, alternative: false },
    ]);
    expect(findBracketSpans('[a][b][c]').every((s) => s.alternative)).toBe(true);
    expect(findBracketSpans('[a] [b]').some((s) => s.alternative)).toBe(false);
  });

  it('nests, in the order the spans open', () => {
    const text = 'in [full [respect][observance] of] law';
    expect(spanTexts(text)).toEqual(['[full [respect][observance] of]', '[respect]', '[observance]']);
    expect(findBracketSpans(text).map((s) => [s.depth, s.alternative])).toEqual([
      [0, false],
      [1, true],
      [1, true],
    ]);
  });

  it('does not call an inner span touching an outer one an alternative', () => {
    // "[[a]b]": the inner span starts where the outer opens, but at another depth.
    expect(findBracketSpans('[[a]b][c]').map((s) => [s.depth, s.alternative])).toEqual([
      [0, true],
      [1, false],
      [0, true],
    ]);
  });

  it('leaves stray brackets alone', () => {
    expect(spanTexts('a ] b [c] d [ e')).toEqual(['[c]']);
    expect(spanTexts('[[x]')).toEqual(['[x]']);
    expect(spanTexts('[x]]')).toEqual(['[x]']);
    expect(spanTexts(']][[')).toEqual([]);
  });

  it('counts in UTF-16 code units like the editor', () => {
    const text = '🇲🇽 [agreed]';
    const [span] = findBracketSpans(text);
    expect(text.slice(span!.from, span!.to)).toBe('[agreed]');
  });
});
