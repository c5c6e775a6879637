import type { ZeroDraftBlock } from '@plenary/shared/api/index';
import type { DocxParagraph } from '../ooxml/docx-paragraphs.ts';

export interface ZeroDraftReading {
  title: string;
  blocks: ZeroDraftBlock[];
}

/** Longest line read as a heading when only its formatting (bold, no final full stop) says it is one. */
const MAX_HEADING_CHARS = 120;

const TYPED_NUMBERS: { pattern: RegExp; type: ZeroDraftBlock['type']; sub?: 'letter' | 'roman' }[] = [
  { pattern: /^PP\s*\d+\s*(?:bis|ter|quater|quinquies)?\.?\s+/i, type: 'preambularParagraph' },
  { pattern: /^OP\s*\d+\s*(?:bis|ter|quater|quinquies)?\.?\s+/i, type: 'operativeParagraph' },
  { pattern: /^\d+\s*(?:bis|ter|quater|quinquies)?\.\s+/i, type: 'operativeParagraph' },
  { pattern: /^\d+\s*(?:bis|ter|quater|quinquies)\s+/i, type: 'operativeParagraph' },
  { pattern: /^\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\)\s+/, type: 'subPoint', sub: 'roman' },
  { pattern: /^\(?[a-z](?:bis|ter)?\)\s+/, type: 'subPoint', sub: 'letter' },
];

/**
 * Recognises the structure of a zero draft written in Word: the title, headings (by heading style, or a short
 * bold line), preambular paragraphs (before the first operative one), operative paragraphs (typed "12." or
 * "OP12", or Word list numbering) and sub-points ("(a)", "(i)", or a deeper list level). Typed numbers are
 * stripped: the platform numbers the text itself. Tracked changes are read as accepted.
 */
export function readZeroDraft(paragraphs: readonly DocxParagraph[]): ZeroDraftReading {
  let title = '';
  const blocks: ZeroDraftBlock[] = [];
  let operativeSeen = false;
  let lastLetter: string | null = null;
  for (const paragraph of paragraphs) {
    const text = wordsOf(paragraph);
    if (!text) continue;
    if (
      !title &&
      blocks.length === 0 &&
      (isTitle(paragraph) || (!isHeading(paragraph) && isHeadingLike(paragraph, text) && !startsWithNumber(text)))
    ) {
      title = text;
      continue;
    }
    if (isHeading(paragraph) || (isHeadingLike(paragraph, text) && !startsWithNumber(text))) {
      blocks.push({ type: 'sectionHeading', text, level: null, typedNumber: null });
      continue;
    }
    const typed = TYPED_NUMBERS.map((t) => ({ ...t, match: t.pattern.exec(text) })).find((t) => t.match);
    if (typed?.match) {
      const typedNumber = typed.match[0].trim();
      let type = typed.type;
      let level: 1 | 2 | null = null;
      if (type === 'subPoint') {
        // "(i)" after "(h)" is the ninth letter; after anything else it is the first point of a deeper level.
        const roman = typed.sub === 'roman' && !(typedNumber.replace(/[()]/g, '') === 'i' && lastLetter === 'h');
        level = roman ? 2 : 1;
        if (!roman) lastLetter = typedNumber.replace(/[()]/g, '');
        if (!blocks.some((b) => b.type !== 'sectionHeading')) type = operativeSeen ? 'operativeParagraph' : 'preambularParagraph';
      } else {
        lastLetter = null;
      }
      if (type === 'operativeParagraph') operativeSeen = true;
      blocks.push({ type, text: text.slice(typed.match[0].length).trim(), level: type === 'subPoint' ? level : null, typedNumber });
      continue;
    }
    if (paragraph.listLevel !== null) {
      if (paragraph.listLevel > 0 && blocks.some((b) => b.type !== 'sectionHeading')) {
        blocks.push({ type: 'subPoint', text, level: paragraph.listLevel > 1 ? 2 : 1, typedNumber: null });
      } else {
        operativeSeen = true;
        blocks.push({ type: 'operativeParagraph', text, level: null, typedNumber: null });
      }
      continue;
    }
    blocks.push({ type: operativeSeen ? 'operativeParagraph' : 'preambularParagraph', text, level: null, typedNumber: null });
  }
  return { title: title || 'Imported zero draft', blocks };
}

function wordsOf(paragraph: DocxParagraph): string {
  return paragraph.segments
    .filter((s) => s.change?.kind !== 'deletion')
    .map((s) => s.text)
    .join('')
    .replace(/[\t\u00a0 ]+/g, ' ')
    .trim();
}

function startsWithNumber(text: string): boolean {
  return TYPED_NUMBERS.some((t) => t.pattern.test(text));
}

/** A paragraph in Word's Title style (by its id or its name). */
function isTitle(paragraph: DocxParagraph): boolean {
  return /title/i.test(paragraph.styleId ?? '') || /title/i.test(paragraph.styleName ?? '');
}

/** A heading by its style: an outline level, or a heading style's id or name (in English, German or French). */
function isHeading(paragraph: DocxParagraph): boolean {
  if (paragraph.outlineLevel !== null) return true;
  return [paragraph.styleId, paragraph.styleName].some((name) => /heading|berschrift|titre/i.test(name ?? ''));
}

function isHeadingLike(paragraph: DocxParagraph, text: string): boolean {
  return paragraph.bold && text.length <= MAX_HEADING_CHARS && !/[.,;:]$/.test(text);
}
