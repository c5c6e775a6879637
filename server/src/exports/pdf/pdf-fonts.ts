import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { ARABIC, CJK } from '../scripts.ts';

const require = createRequire(import.meta.url);

/** A font file of an installed font package (Noto, SIL Open Font License). */
function fontFile(pkg: string, file: string): string {
  // The packages export only their script (dist/), which lies beside their fonts/ folder.
  return path.join(path.dirname(require.resolve(pkg)), '..', 'fonts', file);
}

/** The fonts the PDF export embeds (subset), by the name it registers them under. */
export const PDF_FONTS = {
  regular: fontFile('@embedpdf/fonts-latin', 'NotoSans-Regular.ttf'),
  bold: fontFile('@embedpdf/fonts-latin', 'NotoSans-Bold.ttf'),
  italic: fontFile('@embedpdf/fonts-latin', 'NotoSans-Italic.ttf'),
  boldItalic: fontFile('@embedpdf/fonts-latin', 'NotoSans-BoldItalic.ttf'),
  arabic: fontFile('@embedpdf/fonts-arabic', 'NotoNaskhArabic-Regular.ttf'),
  arabicBold: fontFile('@embedpdf/fonts-arabic', 'NotoNaskhArabic-Bold.ttf'),
  chinese: fontFile('@embedpdf/fonts-sc', 'NotoSansHans-Regular.otf'),
} as const;

export type PdfFont = keyof typeof PDF_FONTS;

/** Naskh letters are small for their size beside Noto Sans: set a little larger, they read at the same size. */
export function sizeIn(font: PdfFont, size: number): number {
  return font === 'arabic' || font === 'arabicBold' ? size * 1.15 : size;
}

const parsed = new Map<PdfFont, fontkit.Font>();

/**
 * A font parsed once for the process: parsing Noto's layout tables costs seconds, so every export shares the
 * parsed fonts and each PDF embeds only the subset it uses. The Chinese font (8 MB) is read on first use.
 */
export function parsedFont(name: PdfFont): fontkit.Font {
  let font = parsed.get(name);
  if (!font) {
    font = fontkit.create(fs.readFileSync(PDF_FONTS[name])) as fontkit.Font;
    parsed.set(name, font);
  }
  return font;
}

const CLOSING_PUNCTUATION = /^[、。，．！？；：）」』〉》】〕]$/;

/** The font that has the glyphs of a word: Arabic and Chinese words take their script's font. */
export function fontFor(word: string, style: { bold: boolean; italic: boolean }): PdfFont {
  if (ARABIC.test(word)) return style.bold ? 'arabicBold' : 'arabic';
  if (CJK.test(word)) return 'chinese';
  if (style.bold) return style.italic ? 'boldItalic' : 'bold';
  return style.italic ? 'italic' : 'regular';
}

/** Words and the spaces after them; each Chinese character is a word of its own (lines may break between any two). */
export function splitWords(text: string): { word: string; spaceAfter: boolean }[] {
  const words: { word: string; spaceAfter: boolean }[] = [];
  const last = () => words.at(-1);
  const pattern = new RegExp(`(${CJK.source})|([^\\s]+?)(?=${CJK.source}|\\s|$)|(\\s+)`, 'gu');
  for (const match of text.matchAll(pattern)) {
    if (match[3]) {
      const previous = last();
      if (previous) previous.spaceAfter = true;
    } else if (CLOSING_PUNCTUATION.test(match[0]) && last() && !last()!.spaceAfter) {
      // A line never starts with a closing mark: it stays with the character before it.
      last()!.word += match[0];
    } else words.push({ word: match[0], spaceAfter: false });
  }
  return words;
}
