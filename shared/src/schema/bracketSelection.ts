import type { EditorState, Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';

/**
 * Puts square brackets around the selected words, as in UN texts, so that they are marked contested. The
 * brackets are literal characters of the text, so every export, diff and compare carries them. With no
 * selection it types "[]" and leaves the caret between them; a selection across paragraphs is refused.
 * The selection afterwards covers the words inside the brackets.
 */
export function canBracketSelection(state: EditorState): boolean {
  const { $from, $to } = state.selection;
  return $from.parent.isTextblock && $from.sameParent($to);
}

export function bracketSelection(state: EditorState, tr: Transaction): boolean {
  if (!canBracketSelection(state)) return false;
  const { from, to } = state.selection;
  tr.insertText(']', to);
  tr.insertText('[', from);
  tr.setSelection(TextSelection.create(tr.doc, from + 1, to + 1));
  return true;
}
