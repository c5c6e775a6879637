import type { DiffOp } from '@plenary/shared/diff/index';
import type { TextMark, TextRun } from '@plenary/shared/document/index';

/** Who a tracked change is written in the name of, and when (ISO). */
export interface ChangeAuthor {
  author: string;
  date: string;
}

/** A stretch of a paragraph's text as Word writes it: plain, or one tracked insertion or deletion. */
export interface Piece {
  text: string;
  marks: readonly TextMark[];
  change?: { kind: 'insert' | 'delete'; by: ChangeAuthor };
  /** Shown as a redline by formatting only (underlined, struck through), not as a tracked change: a compilation. */
  shown?: 'insert' | 'delete';
}

/** A word diff shown by formatting: what a compilation prints under its paragraph. */
export function shownPieces(ops: readonly DiffOp[]): Piece[] {
  return ops.filter((op) => op.text.length > 0).map((op) => ({ text: op.text, marks: [], ...(op.op === 'equal' ? {} : { shown: op.op }) }));
}

/** The paragraph's text as it stands, with its formatting: no change. */
export function plainPieces(runs: readonly TextRun[]): Piece[] {
  return runs.map((run) => ({ text: run.text, marks: run.marks }));
}

/** The whole text as one tracked change (a paragraph inserted or deleted). */
export function changedPieces(runs: readonly TextRun[], kind: 'insert' | 'delete', by: ChangeAuthor): Piece[] {
  return runs.map((run) => ({ text: run.text, marks: run.marks, change: { kind, by } }));
}

/**
 * A word diff against the paragraph's current text as tracked changes. Equal and deleted words are the current
 * text and keep its formatting; inserted words take none. `authorOf` names each change (one author for a
 * proposal, the origin of each segment for a redline).
 */
export function diffPieces(
  runs: readonly TextRun[],
  ops: readonly (DiffOp & { by?: ChangeAuthor | null })[],
  fallback: ChangeAuthor,
): Piece[] {
  const pieces: Piece[] = [];
  const current = new RunCursor(runs);
  for (const op of ops) {
    if (op.text.length === 0) continue;
    const by = op.by ?? fallback;
    if (op.op === 'insert') {
      pieces.push({ text: op.text, marks: [], change: { kind: 'insert', by } });
      continue;
    }
    for (const taken of current.take(op.text)) {
      pieces.push(op.op === 'delete' ? { ...taken, change: { kind: 'delete', by } } : taken);
    }
  }
  return pieces;
}

/** Reads a paragraph's runs in order, handing out stretches of its text with the marks they bear. */
class RunCursor {
  private index = 0;
  private offset = 0;

  constructor(private readonly runs: readonly TextRun[]) {}

  take(text: string): { text: string; marks: readonly TextMark[] }[] {
    const taken: { text: string; marks: readonly TextMark[] }[] = [];
    let rest = text;
    while (rest.length > 0) {
      const run = this.runs[this.index];
      // The diff was taken against this text; should it ever read longer, the rest goes out unformatted.
      if (!run) return [...taken, { text: rest, marks: [] }];
      const available = run.text.length - this.offset;
      const length = Math.min(available, rest.length);
      taken.push({ text: rest.slice(0, length), marks: run.marks });
      rest = rest.slice(length);
      this.offset += length;
      if (this.offset >= run.text.length) {
        this.index += 1;
        this.offset = 0;
      }
    }
    return taken;
  }
}
