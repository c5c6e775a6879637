type GraphemeClass = 'space' | 'word' | 'digit' | 'single';

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const WHITESPACE = /^\s+$/u;
/** Scripts written without spaces between words: every character is its own token. */
const IDEOGRAPHIC = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/u;
const DIGIT = /^\p{N}/u;
const WORD = /^[\p{L}\p{M}]/u;
/** Kept inside a word when letters or digits stand on both sides: "don't", "self-reliance". */
const WORD_JOINERS = new Set(["'", '\u2019', '-', '\u2010', '\u2011']);
/** Kept inside a number when digits stand on both sides: "10.7", "258,000,000". */
const NUMBER_JOINERS = new Set(['.', ',']);

function classify(grapheme: string): GraphemeClass {
  if (WHITESPACE.test(grapheme)) return 'space';
  if (IDEOGRAPHIC.test(grapheme)) return 'single';
  if (DIGIT.test(grapheme)) return 'digit';
  if (WORD.test(grapheme)) return 'word';
  return 'single';
}

const isWordLike = (cls: GraphemeClass | undefined) => cls === 'word' || cls === 'digit';

/**
 * Splits text into diff tokens: words, single ideographs, single punctuation marks or
 * symbols (an emoji sequence stays whole), and runs of whitespace. Works on grapheme
 * clusters, so a surrogate pair or a base letter with its accents is never split.
 * `tokenize(text).join('') === text` always holds.
 */
export function tokenize(text: string): string[] {
  const graphemes = Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
  const classes = graphemes.map(classify);
  const joinsWord = (j: number) => {
    const grapheme = graphemes[j] ?? '';
    return (
      isWordLike(classes[j + 1]) &&
      (WORD_JOINERS.has(grapheme) || (NUMBER_JOINERS.has(grapheme) && classes[j - 1] === 'digit' && classes[j + 1] === 'digit'))
    );
  };

  const tokens: string[] = [];
  let i = 0;
  while (i < graphemes.length) {
    let end = i + 1;
    if (classes[i] === 'space') {
      while (classes[end] === 'space') end++;
    } else if (isWordLike(classes[i])) {
      for (;;) {
        if (isWordLike(classes[end])) end++;
        else if (joinsWord(end)) end += 2;
        else break;
      }
    }
    tokens.push(graphemes.slice(i, end).join(''));
    i = end;
  }
  return tokens;
}

export function isWhitespace(token: string): boolean {
  return WHITESPACE.test(token);
}
