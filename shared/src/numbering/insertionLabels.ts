// Latin multiplicative adverbs used for paragraphs inserted after an existing one: 12bis, 12ter, …
const LATIN_ORDINALS = [
  'bis',
  'ter',
  'quater',
  'quinquies',
  'sexies',
  'septies',
  'octies',
  'novies',
  'decies',
  'undecies',
  'duodecies',
  'terdecies',
  'quaterdecies',
  'quindecies',
  'sexdecies',
  'septdecies',
  'octodecies',
  'novodecies',
  'vicies',
  'unvicies',
  'duovicies',
  'tervicies',
  'quatervicies',
  'quinvicies',
  'sexvicies',
  'septvicies',
  'octovicies',
  'novovicies',
  'tricies',
] as const;

function assertIndex(index: number): void {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`index must be a non-negative integer, got ${index}`);
}

/**
 * Label of the `index`-th new paragraph proposed after paragraph `anchorNumber` (index 0 = bis):
 * insertionLabel('12', 0) → "12bis", insertionLabel('12', 3) → "12quinquies".
 * Past the Latin list (the 30th insertion) it falls back to "12-31".
 */
export function insertionLabel(anchorNumber: string, index: number): string {
  assertIndex(index);
  const ordinal = LATIN_ORDINALS[index];
  return ordinal ? `${anchorNumber}${ordinal}` : `${anchorNumber}-${index + 2}`;
}

/** Label of the `index`-th alternative to paragraph `n`: "12alt", then "12alt2", "12alt3", … */
export function alternativeLabel(n: string | number, index: number): string {
  assertIndex(index);
  return index === 0 ? `${n}alt` : `${n}alt${index + 1}`;
}
