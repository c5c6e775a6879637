import type { Mark } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { bodyTypeAfter, freshCopyAttributes } from './blockTransforms.ts';
import { TITLE, isNumberedType } from './nodeNames.ts';
import { newPid } from './pid.ts';

/** Whether Enter can be handled by {@link splitDraftingBlock}: a text cursor or range inside top-level blocks. */
export function canSplitDraftingBlock(state: EditorState): boolean {
  const { selection } = state;
  return selection instanceof TextSelection && selection.$from.depth === 1 && selection.$to.depth === 1;
}

/**
 * Enter for drafters. In a numbered paragraph it starts a new paragraph of the same type (and sub-point level);
 * in a heading or the title the text after the cursor becomes the body paragraph that follows it.
 * At the very start of a non-empty block an empty block of the same type opens above, so the existing text
 * keeps its pid, and with it its proposals and comments.
 */
export function splitDraftingBlock(state: EditorState, tr: Transaction): boolean {
  if (!canSplitDraftingBlock(state)) return false;
  const storedMarks: readonly Mark[] | null =
    state.storedMarks ?? (state.selection.$to.parentOffset ? state.selection.$from.marks() : null);

  if (!tr.selection.empty) tr.deleteSelection();
  const $cursor = tr.selection.$from;
  if ($cursor.depth !== 1) return false;
  const block = $cursor.parent;
  const opensAbove = $cursor.parentOffset === 0 && block.content.size > 0;

  if (opensAbove) {
    if (block.type.name === TITLE) return true;
    tr.insert($cursor.before(), block.type.create(freshCopyAttributes(block)));
  } else if (isNumberedType(block.type.name)) {
    tr.split($cursor.pos, 1, [{ type: block.type, attrs: freshCopyAttributes(block) }]);
  } else {
    const bodyType = tr.doc.type.schema.nodes[bodyTypeAfter(tr.doc, $cursor.index(0))];
    if (!bodyType) return false;
    tr.split($cursor.pos, 1, [{ type: bodyType, attrs: { pid: newPid() } }]);
  }

  if (storedMarks && !opensAbove) tr.ensureMarks(storedMarks);
  tr.scrollIntoView();
  return true;
}
