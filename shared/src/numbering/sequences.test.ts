import { describe, expect, it } from 'vitest';
import { romanNumeral, subPointLetter } from './sequences.ts';

describe('subPointLetter', () => {
  it('runs a…z, then doubles and triples the letter', () => {
    expect([1, 2, 26, 27, 28, 52, 53].map(subPointLetter)).toEqual(['a', 'b', 'z', 'aa', 'bb', 'zz', 'aaa']);
    expect(() => subPointLetter(0)).toThrow(RangeError);
  });
});

describe('romanNumeral', () => {
  it('writes lower-case roman numerals', () => {
    expect([1, 2, 3, 4, 5, 9, 14, 19, 40, 90, 400, 1994].map(romanNumeral)).toEqual([
      'i',
      'ii',
      'iii',
      'iv',
      'v',
      'ix',
      'xiv',
      'xix',
      'xl',
      'xc',
      'cd',
      'mcmxciv',
    ]);
    expect(() => romanNumeral(0)).toThrow(RangeError);
  });
});
