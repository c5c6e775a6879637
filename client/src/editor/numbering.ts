import { useLayoutEffect } from 'react';
import type { NumberingResponse } from '@plenary/shared/api/index';
import type { NumberingBaseline } from '@plenary/shared/numbering/index';
import type { Editor } from '@tiptap/core';

/**
 * The numbering of the document open in this page: the last revision's baseline, against which the live
 * text keeps its numbers (11bis, deleted numbers left behind) until the next revision. One document is
 * open per page, so every reader of the text (margin, outline, proposals) reads the same one here.
 */
let current: NumberingResponse | null = null;
const editors = new Set<Editor>();

/** The transaction meta that tells the editor's plugins the numbering changed under an unchanged text. */
export const NUMBERING_CHANGED = 'numberingChanged';

export function currentBaseline(): NumberingBaseline | null {
  return current?.baseline ?? null;
}

/** What a paragraph was numbered before the last revision renumbered it ("11bis"), if that changed it. */
export function previousNumber(pid: string): string | undefined {
  return current?.previousNumbers[pid];
}

/** An editor showing the document: renumbered whenever a revision is issued. */
export function watchNumbering(editor: Editor): () => void {
  editors.add(editor);
  return () => editors.delete(editor);
}

function setNumbering(numbering: NumberingResponse | null): void {
  if (current?.revisionId === numbering?.revisionId) return;
  current = numbering;
  for (const editor of editors) {
    if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(NUMBERING_CHANGED, true));
  }
}

/** Keeps the page's numbering that of the document shown, as its last revision changes. */
export function useDocumentNumbering(numbering: NumberingResponse | null): void {
  useLayoutEffect(() => setNumbering(numbering), [numbering]);
}
