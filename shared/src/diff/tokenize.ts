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

function classifyByPattern(grapheme: string): GraphemeClass {
  if (WHITESPACE.test(grapheme)) return 'space';
  if (IDEOGRAPHIC.test(grapheme)) return 'single';
  if (DIGIT.test(grapheme)) return 'digit';
  if (WORD.test(grapheme)) return 'word';
  return 'single';
}

/** The class of every grapheme met so far: a text has few distinct ones, and the patterns cost more than a lookup. */
const classOfGrapheme = new Map<string, GraphemeClass>();

function classify(grapheme: string): GraphemeClass {
  let cls = classOfGrapheme.get(grapheme);
  if (cls === undefined) {
    cls = classifyByPattern(grapheme);
    if (classOfGrapheme.size < 10_000) classOfGrapheme.set(grapheme, cls);
  }
  return cls;
}

const CR = 13;
const LF = 10;
const isAscii = (text: string, i: number) => i >= text.length || text.charCodeAt(i) < 0x80;

/**
 * The text's grapheme clusters, as `Intl.Segmenter` gives them. An ASCII character followed by another (or by the
 * end) is a cluster of its own, CR LF excepted: only the runs around other characters go through the segmenter,
 * which costs far more per character.
 */
export function graphemesOf(text: string): string[] {
  const graphemes: string[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 0x80 && isAscii(text, i + 1)) {
      const pair = code === CR && text.charCodeAt(i + 1) === LF;
      graphemes.push(pair ? '\r\n' : text[i]!);
      i += pair ? 2 : 1;
      continue;
    }
    // Up to and including the next ASCII character that an ASCII character (or the end) follows: a cluster
    // boundary always falls right after it (after the LF of a CR LF).
    let end = i + 1;
    while (end < text.length && !(text.charCodeAt(end) < 0x80 && isAscii(text, end + 1))) end++;
    if (end < text.length) end += text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1;
    for (const { segment } of graphemeSegmenter.segment(text.slice(i, end))) graphemes.push(segment);
    i = end;
  }
  return graphemes;
}

const isWordLike = (cls: GraphemeClass | undefined) => cls === 'word' || cls === 'digit';

function tokenizeAnew(text: string): string[] {
  const graphemes = graphemesOf(text);
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

/**
 * Splits text into diff tokens: words, single ideographs, single punctuation marks or
 * symbols (an emoji sequence stays whole), and runs of whitespace. Works on grapheme
 * clusters, so a surrogate pair or a base letter with its accents is never split.
 * `tokenize(text).join('') === text` always holds.
 * The result is shared between callers asking for the same text, so it must not be changed.
 */
export function tokenize(text: string): readonly string[] {
  let tokens = recentTokens.get(text);
  if (tokens) {
    // Most recently used last, so that the oldest is the one evicted.
    recentTokens.delete(text);
  } else {
    tokens = tokenizeAnew(text);
    if (recentTokens.size >= RECENT_TEXTS) recentTokens.delete(recentTokens.keys().next().value!);
  }
  recentTokens.set(text, tokens);
  return tokens;
}

/**
 * The tokens of recently split texts. Every redline of a paragraph's proposals splits the paragraph's text again, and
 * the tracked changes of a final reading redraw thousands of them.
 */
const RECENT_TEXTS = 1000;
const recentTokens = new Map<string, readonly string[]>();

export function isWhitespace(token: string): boolean {
  return WHITESPACE.test(token);
}
