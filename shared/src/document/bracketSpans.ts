/**
 * A bracketed span of a paragraph's text, as in UN texts: "[shall]" or "[shall][should]" marks words still
 * contested, "[the [full] respect]" nests. `from` is the index of "[", `to` the index after its "]".
 */
export interface BracketSpan {
  from: number;
  to: number;
  /** 0 for a span inside no other, 1 inside one, … */
  depth: number;
  /** Another span at the same depth touches it ("[shall][should]"): one of alternatives. */
  alternative: boolean;
}

/**
 * The matched bracket pairs of `text`, in the order they open. An unmatched "]" is left alone, and so is a
 * "[" never closed: only a pair makes a span, so a stray bracket typed mid-edit styles nothing.
 */
export function findBracketSpans(text: string): BracketSpan[] {
  const spans: BracketSpan[] = [];
  const open: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '[') open.push(index);
    else if (char === ']' && open.length > 0) {
      const from = open.pop()!;
      spans.push({ from, to: index + 1, depth: open.length, alternative: false });
    }
  }
  spans.sort((a, b) => a.from - b.from);
  const byEnd = new Map(spans.map((span) => [`${span.depth}:${span.to}`, span]));
  for (const span of spans) {
    const before = byEnd.get(`${span.depth}:${span.from}`);
    if (before) before.alternative = span.alternative = true;
  }
  return spans;
}
