import {
  Bookmark,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  InsertedTextRun,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { TextMark } from '@plenary/shared/document/index';
import type { ChangeAuthor, Piece } from './tracked-pieces.ts';
import { STYLE_IDS, type BlockStyle } from './word-styles.ts';
import { isRightToLeft } from '../scripts.ts';

/** Ids of tracked changes: unique in the file, apart from the comments' own range. */
export class ChangeIds {
  private last = 1_000_000;
  next(): number {
    return ++this.last;
  }
}

/** A comment's span on the paragraph's current text (offsets), and the ids of its comment and replies. */
export interface CommentSpan {
  ids: number[];
  from: number;
  to: number;
}

/** One paragraph as Word writes it. */
export interface WordBlock {
  style: BlockStyle;
  /** What the margin shows ("PP3", "12.", "(a)", "12bis"), written before a tab. */
  label: string | null;
  pieces: Piece[];
  /** The paragraph id, written as the bookmark `pid_<pid>` around the text so imports can match it back. */
  pid?: string | null;
  /** The whole paragraph (its mark included) was inserted or deleted. */
  whole?: { kind: 'insert' | 'delete'; by: ChangeAuthor };
  comments?: CommentSpan[];
}

/** The name of the bookmark that marks a paragraph's text in an exported file. */
export function pidBookmark(pid: string): string {
  return `pid_${pid}`;
}

export function wordParagraph(block: WordBlock, ids: ChangeIds): Paragraph {
  const label: Piece[] = block.label ? [{ text: `${block.label}\t`, marks: [], ...(block.whole ? { change: block.whole } : {}) }] : [];
  const text = withComments(block.pieces, block.comments ?? [], ids);
  const body = block.pid && text.length > 0 ? [new Bookmark({ id: pidBookmark(block.pid), children: text })] : text;
  const mark = block.whole ? { [block.whole.kind === 'insert' ? 'insertion' : 'deletion']: changeAttributes(block.whole.by, ids) } : {};
  // An Arabic paragraph is laid out right to left, its number on the right, as in the Arabic version of a UN text.
  const rightToLeft = isRightToLeft(block.pieces.map((piece) => piece.text).join(''));
  return new Paragraph({
    style: STYLE_IDS[block.style],
    ...(rightToLeft ? { bidirectional: true } : {}),
    children: [...label.map((piece) => wordRun(piece, ids)), ...body],
    run: mark,
  });
}

function changeAttributes(by: ChangeAuthor, ids: ChangeIds) {
  return { id: ids.next(), author: by.author, date: by.date };
}

function formatting(marks: readonly TextMark[]) {
  return { bold: marks.includes('bold') || undefined, italics: marks.includes('italic') || undefined };
}

function wordRun(piece: Piece, ids: ChangeIds): ParagraphChild {
  const shown = piece.shown === 'insert' ? { underline: {} } : piece.shown === 'delete' ? { strike: true } : {};
  const options = { text: piece.text, ...formatting(piece.marks), ...shown };
  if (!piece.change) return new TextRun(options);
  const change = changeAttributes(piece.change.by, ids);
  return piece.change.kind === 'insert' ? new InsertedTextRun({ ...options, ...change }) : new DeletedTextRun({ ...options, ...change });
}

/**
 * The runs of the pieces with each comment's range start and end at its offsets of the current text (the text
 * the thread was anchored to: what is equal or deleted, never what a change inserts), and its reference after.
 */
function withComments(pieces: readonly Piece[], comments: readonly CommentSpan[], ids: ChangeIds): ParagraphChild[] {
  const length = pieces.reduce((sum, p) => sum + (p.change?.kind === 'insert' ? 0 : p.text.length), 0);
  const spans = comments.map((c) => ({ ...c, from: clamp(c.from, length), to: Math.max(clamp(c.to, length), clamp(c.from, length)) }));
  const children: ParagraphChild[] = [];
  // At each offset: spans that cover nothing (their words were all deleted) open and close in place, then the
  // spans ending there close, then those beginning there open.
  const marksAt = (offset: number) => {
    const opening = (s: CommentSpan) => s.from === offset && s.to >= offset;
    for (const span of spans.filter((s) => opening(s) && s.to === offset))
      for (const id of span.ids) children.push(new CommentRangeStart(id));
    for (const span of spans.filter((s) => s.to === offset)) {
      for (const id of span.ids) children.push(new CommentRangeEnd(id));
      for (const id of span.ids) children.push(new TextRun({ children: [new CommentReference(id)] }));
    }
    for (const span of spans.filter((s) => opening(s) && s.to > offset))
      for (const id of span.ids) children.push(new CommentRangeStart(id));
  };
  const cuts = [...new Set(spans.flatMap((s) => [s.from, s.to]))].sort((a, b) => a - b);
  let offset = 0;
  marksAt(0);
  for (const piece of pieces) {
    if (piece.change?.kind === 'insert') {
      children.push(wordRun(piece, ids));
      continue;
    }
    let rest = piece.text;
    while (rest.length > 0) {
      const next = cuts.find((cut) => cut > offset);
      const length = next === undefined ? rest.length : Math.min(rest.length, next - offset);
      children.push(wordRun({ ...piece, text: rest.slice(0, length) }, ids));
      rest = rest.slice(length);
      offset += length;
      if (cuts.includes(offset)) marksAt(offset);
    }
  }
  return children;
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(offset, length));
}
