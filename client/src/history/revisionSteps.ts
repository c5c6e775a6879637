import { diffWords, type DiffOp } from '@plenary/shared/diff/index';
import type { ParagraphHistory } from './api.ts';

/** The paragraph in one text of the document: a revision, or the live text at the end. */
export interface RevisionStep {
  key: string;
  /** "Rev.1", or "Live text". */
  name: string;
  issuedOn: string | null;
  number: string | null;
  /** Null when the paragraph is not in that text. */
  text: string | null;
  /** The changes since the text before; null for the first text, or when it is absent from either. */
  changes: DiffOp[] | null;
}

/** The paragraph's text revision by revision, then live, each with a word redline from the one before. */
export function revisionSteps(history: ParagraphHistory): RevisionStep[] {
  const texts = [
    ...history.revisions.map((r) => ({ key: r.revisionId, name: r.name, issuedOn: r.issuedOn, number: r.number, text: r.text })),
    { key: 'live', name: 'Live text', issuedOn: null, number: history.number, text: history.text },
  ];
  return texts.map((step, index) => {
    const before = index > 0 ? texts[index - 1]!.text : null;
    const changes = before !== null && step.text !== null ? diffWords(before, step.text) : null;
    return { ...step, changes };
  });
}

/** A redline that changes nothing. */
export function isUnchanged(ops: readonly DiffOp[]): boolean {
  return ops.every((op) => op.op === 'equal');
}
