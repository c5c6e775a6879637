import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.test-helper.ts';
import { graphemesOf, tokenize } from './tokenize.ts';

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

describe('graphemesOf', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const reference = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);
  // ASCII beside what joins it: combining marks, CR LF, a prepended Arabic number sign, ZWJ emoji, Hangul jamo, flags.
  const pieces = [
    'a',
    'Z',
    '7',
    ' ',
    '.',
    '-',
    '\r',
    '\n',
    '\t',
    '\u0301',
    '\u0308',
    '\u0600',
    '\u200d',
    '😀',
    '👩',
    '🇫',
    '🇷',
    'é',
    '’',
    '移',
    '\u1100',
    '\u1161',
    '\u11a8',
    'ก',
    '\u0e33',
    '\u0915',
    '\u094d',
  ];

  it('splits like Intl.Segmenter, ASCII runs and mixed text alike', () => {
    const random = seededRandom(20261203);
    for (let round = 0; round < 5000; round++) {
      const text = Array.from({ length: random.int(12) }, () => random.pick(pieces)).join('');
      expect(graphemesOf(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('splits a plain English paragraph one character at a time, CR LF kept together', () => {
    expect(graphemesOf('We, 193 States.\r\n')).toEqual([...'We, 193 States.', '\r\n']);
  });
});

describe('tokenize, asked again', () => {
  it('answers the same text with the same tokens', () => {
    const text = 'Member States commit to cooperate on safe, orderly and regular migration.';
    expect(tokenize(text)).toBe(tokenize(text));
    expect(tokenize(`${text} `)).toEqual([...tokenize(text), ' ']);
  });
});
