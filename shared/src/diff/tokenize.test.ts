import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('splits words, punctuation and whitespace runs', () => {
    expect(tokenize('migrants, including  women.')).toEqual(['migrants', ',', ' ', 'including', '  ', 'women', '.']);
  });

  it('keeps internal apostrophes and hyphens inside the word', () => {
    expect(tokenize("States' self-reliance, don’t re‑admit")).toEqual([
      'States',
      "'",
      ' ',
      'self-reliance',
      ',',
      ' ',
      'don’t',
      ' ',
      're‑admit',
    ]);
  });

  it('does not keep a leading or trailing hyphen or a dash between spaces', () => {
    expect(tokenize('-pre post- a - b')).toEqual(['-', 'pre', ' ', 'post', '-', ' ', 'a', ' ', '-', ' ', 'b']);
  });

  it('keeps decimal and thousands separators inside numbers', () => {
    expect(tokenize('SDG 10.7 and 258,000,000 people.')).toEqual(['SDG', ' ', '10.7', ' ', 'and', ' ', '258,000,000', ' ', 'people', '.']);
  });

  it('treats accented Latin, Cyrillic and Arabic letters as word characters', () => {
    expect(tokenize('Réfugiés права حقوق الإنسان للمهاجرين')).toEqual([
      'Réfugiés',
      ' ',
      'права',
      ' ',
      'حقوق',
      ' ',
      'الإنسان',
      ' ',
      'للمهاجرين',
    ]);
  });

  it('keeps a combining accent with its letter', () => {
    const decomposed = 'Re\u0301fugie\u0301s';
    expect(tokenize(`${decomposed} x`)).toEqual([decomposed, ' ', 'x']);
  });

  it('makes every CJK ideograph, kana and hangul syllable its own token', () => {
    expect(tokenize('移民的人权')).toEqual(['移', '民', '的', '人', '权']);
    expect(tokenize('移民の人権')).toEqual(['移', '民', 'の', '人', '権']);
    expect(tokenize('이주민')).toEqual(['이', '주', '민']);
  });

  it('splits mixed scripts at script changes', () => {
    expect(tokenize('IOM与UNHCR合作')).toEqual(['IOM', '与', 'UNHCR', '合', '作']);
  });

  it('keeps emoji, flags and ZWJ sequences whole', () => {
    expect(tokenize('a😀b 👨‍👩‍👧🇫🇷')).toEqual(['a', '😀', 'b', ' ', '👨‍👩‍👧', '🇫🇷']);
  });

  it('joins back to the exact input, including newlines and tabs', () => {
    const text = ' \tLead:\n\n  (a) the "rights" — of all; 移民…\r\n';
    expect(tokenize(text).join('')).toBe(text);
    expect(tokenize(text)).toContain('\r\n');
  });

  it('returns no tokens for an empty string', () => {
    expect(tokenize('')).toEqual([]);
  });
});
