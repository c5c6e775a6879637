import type { DocumentParagraph } from '@plenary/shared/document/index';
import { diffWords } from '@plenary/shared/diff/index';

/** Share of a paragraph's words that must stand unchanged for it to be recognised by its words alone. */
const SAME_PARAGRAPH_SHARE = 0.8;

/** One line of words, as the platform stores a paragraph: tabs and runs of spaces become single spaces. */
export function cleanWords(text: string): string {
  return text.replace(/[\t\u00a0 ]+/g, ' ').trim();
}

/** The paragraph's words without the number the export writes before them ("OP12", "12.", "(a)", "¶4"). */
export function withoutNumberLabel(text: string, number: string): string {
  if (!number) return text;
  const short = number.replace(/^(?:PP|OP)/, '').replace(/^.*(\([a-z]+\))$/, '$1');
  const bare = number.replace(/^¶/, '');
  for (const label of [number, `${short}.`, short, `${bare}.`, bare]) {
    if (label && text.startsWith(label) && /^\s|^$/.test(text.slice(label.length))) return text.slice(label.length).trim();
  }
  return text;
}

/** The unclaimed paragraph of the text that reads most like `words`, if one reads like it enough. */
export function closestParagraph(
  words: string,
  paragraphs: readonly DocumentParagraph[],
  claimed: ReadonlySet<string>,
): DocumentParagraph | null {
  let best: { paragraph: DocumentParagraph; share: number } | null = null;
  for (const paragraph of paragraphs) {
    if (claimed.has(paragraph.pid) || !paragraph.text) continue;
    const text = withoutNumberLabel(words, paragraph.number);
    if (text === paragraph.text) return paragraph;
    const share = sharedShare(text, paragraph.text);
    if (share >= SAME_PARAGRAPH_SHARE && (!best || share > best.share)) best = { paragraph, share };
  }
  return best?.paragraph ?? null;
}

function sharedShare(a: string, b: string): number {
  const ops = diffWords(a, b);
  const same = ops.filter((op) => op.op === 'equal').reduce((n, op) => n + op.text.length, 0);
  return same / Math.max(a.length, b.length, 1);
}
