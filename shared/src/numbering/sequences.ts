const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** 1 → "a", 26 → "z", 27 → "aa", 28 → "bb", 53 → "aaa": the UN style for long lists of sub-points. */
export function subPointLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`sub-point number must be a positive integer, got ${n}`);
  const index = n - 1;
  return LETTERS.charAt(index % 26).repeat(Math.floor(index / 26) + 1);
}

const ROMAN_DIGITS: readonly [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** Lower-case roman numeral: 1 → "i", 4 → "iv", 14 → "xiv". */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`roman numeral needs a positive integer, got ${n}`);
  let rest = n;
  let out = '';
  for (const [value, digits] of ROMAN_DIGITS) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}
