import PDFDocument from 'pdfkit';
import { fontFor, parsedFont, sizeIn, splitWords, type PdfFont } from './pdf-fonts.ts';
import { isRightToLeft } from '../scripts.ts';

/** A stretch of text with its look. */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
}

export interface ParagraphStyle {
  size: number;
  /** Where the text starts, from the left margin. */
  indent: number;
  /** Drawn in the margin before the text, on its first line ("12.", "(a)"). */
  margin?: { text: string; at: number };
  align?: 'left' | 'center';
  spaceAfter?: number;
}

interface Word {
  text: string;
  font: PdfFont;
  width: number;
  space: number;
  span: Span;
}

export const PAGE = { width: 595.28, height: 841.89, left: 72, right: 72, top: 86, bottom: 72 };
const LINE_HEIGHT = 1.45;

/**
 * Lays text out on A4 pages with the embedded fonts, one word at a time, so that each word takes the font of
 * its script. Right-to-left paragraphs (Arabic) are set from the right margin, their words in reading order
 * right to left, so a PDF reader extracts them in logical order; fontkit shapes each word.
 */
export class PdfFlow {
  readonly pdf: InstanceType<typeof PDFDocument>;
  y = PAGE.top;
  private readonly widths = new Map<string, number>();
  private readonly registered = new Set<PdfFont>();

  constructor(info: { title: string; subject: string }) {
    this.pdf = new PDFDocument({
      size: 'A4',
      margin: 0,
      bufferPages: true,
      font: parsedFont('regular') as unknown as string,
      lang: 'en',
      info: { Title: info.title, Subject: info.subject, Creator: 'Plenary' },
      displayTitle: true,
    });
  }

  /** Switches to a font, registering its shared parse with this document the first time. */
  private use(font: PdfFont): InstanceType<typeof PDFDocument> {
    if (!this.registered.has(font)) {
      this.pdf.registerFont(font, parsedFont(font) as unknown as string);
      this.registered.add(font);
    }
    return this.pdf.font(font);
  }

  get contentWidth(): number {
    return PAGE.width - PAGE.left - PAGE.right;
  }

  private measure(text: string, font: PdfFont, size: number): number {
    const key = `${font}\u0000${size}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.use(font).fontSize(sizeIn(font, size)).widthOfString(text);
      this.widths.set(key, width);
    }
    return width;
  }

  /** Starts a new page when fewer than `height` points are left on this one. */
  ensureRoom(height: number): void {
    if (this.y + height > PAGE.height - PAGE.bottom) {
      this.pdf.addPage();
      this.y = PAGE.top;
    }
  }

  skip(points: number): void {
    this.y += points;
  }

  paragraph(spans: readonly Span[], style: ParagraphStyle): void {
    const lineHeight = style.size * LINE_HEIGHT;
    const rtl = isRightToLeft(spans.map((s) => s.text).join(''));
    const left = PAGE.left + style.indent;
    const width = PAGE.width - PAGE.right - left;
    const lines = this.wrap(this.words(spans, style.size), width);
    if (lines.length === 0) lines.push([]);
    lines.forEach((line, index) => {
      this.ensureRoom(lineHeight);
      if (index === 0 && style.margin)
        this.draw(style.margin.text, 'regular', style.size, PAGE.left + style.margin.at, { text: style.margin.text });
      const total = line.reduce((sum, w, i) => sum + w.width + (i < line.length - 1 ? w.space : 0), 0);
      if (rtl) {
        let x = PAGE.width - PAGE.right;
        for (const word of line) {
          x -= word.width;
          this.draw(word.text, word.font, style.size, x, word.span);
          x -= word.space;
        }
      } else {
        let x = style.align === 'center' ? left + (width - total) / 2 : left;
        for (const run of this.runs(line)) {
          this.draw(run.text, run.font, style.size, x, run.span);
          x += run.width;
        }
      }
      this.y += lineHeight;
    });
    this.y += style.spaceAfter ?? style.size * 0.6;
  }

  private words(spans: readonly Span[], size: number): Word[] {
    const words: Word[] = [];
    const spaceOf = (font: PdfFont) => this.measure(' ', font === 'chinese' ? 'regular' : font, size);
    for (const span of spans) {
      // A span that starts with a space separates its first word from the last word of the span before.
      const previous = words.at(-1);
      if (previous && /^\s/.test(span.text) && previous.space === 0) previous.space = spaceOf(previous.font);
      // Struck words and the words inserted in their place read apart: a little air between them, no character.
      else if (previous && previous.space === 0 && previous.span.strike && span.underline) previous.width += size * 0.25;
      for (const { word, spaceAfter } of splitWords(span.text)) {
        const font = fontFor(word, { bold: !!span.bold, italic: !!span.italic });
        words.push({ text: word, font, width: this.measure(word, font, size), space: spaceAfter ? spaceOf(font) : 0, span });
      }
    }
    return words;
  }

  private wrap(words: readonly Word[], width: number): Word[][] {
    const lines: Word[][] = [];
    let line: Word[] = [];
    let used = 0;
    for (const word of words) {
      const before = line.length > 0 ? line.at(-1)!.space : 0;
      if (line.length > 0 && used + before + word.width > width) {
        lines.push(line);
        line = [];
        used = 0;
      }
      used += (line.length > 0 ? line.at(-1)!.space : 0) + word.width;
      line.push(word);
    }
    if (line.length > 0) lines.push(line);
    return lines;
  }

  /** Neighbouring left-to-right words of one font and look, drawn as one string. */
  private runs(line: readonly Word[]): { text: string; font: PdfFont; width: number; span: Span }[] {
    const runs: { text: string; font: PdfFont; width: number; span: Span }[] = [];
    line.forEach((word, i) => {
      const last = runs.at(-1);
      const trailing = i < line.length - 1 ? word.space : 0;
      const text = word.text + (trailing ? ' ' : '');
      if (last && last.font === word.font && last.span === word.span) {
        last.text += text;
        last.width += word.width + trailing;
      } else runs.push({ text, font: word.font, width: word.width + trailing, span: word.span });
    });
    return runs;
  }

  private draw(text: string, font: PdfFont, size: number, x: number, span: Span): void {
    this.use(font)
      .fontSize(sizeIn(font, size))
      .text(text, x, this.y, { lineBreak: false, underline: !!span.underline, strike: !!span.strike });
  }

  /** Text at a fixed place, outside the flow (headers and footers). */
  fixed(text: string, x: number, y: number, options: { size: number; bold?: boolean; align?: 'left' | 'right' | 'center' }): void {
    const font: PdfFont = options.bold ? 'bold' : 'regular';
    const width = this.measure(text, font, options.size);
    const left = options.align === 'right' ? x - width : options.align === 'center' ? x - width / 2 : x;
    this.use(font).fontSize(options.size).text(text, left, y, { lineBreak: false });
  }

  /** The finished file. */
  finish(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    this.pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve, reject) => {
      this.pdf.on('end', () => resolve(Buffer.concat(chunks)));
      this.pdf.on('error', reject);
    });
    this.pdf.end();
    return done;
  }
}
