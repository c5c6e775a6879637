import { Extension } from '@tiptap/core';
import { attributesForType, indentBlocks, outdentBlocks, selectedBlocks } from './blockTransforms.ts';
import { assignUniquePids } from './pidAssignment.ts';
import { bracketSelection, canBracketSelection } from './bracketSelection.ts';
import { canSplitDraftingBlock, splitDraftingBlock } from './splitDraftingBlock.ts';
import type { BriefSectionKind, NegotiableNodeType } from './nodeNames.ts';

export type DraftingBlockType = 'title' | NegotiableNodeType;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    draftingCommands: {
      /** Turns the selected blocks into `type`, keeping their pids. */
      setDraftingBlock: (type: DraftingBlockType, attributes?: { level?: number; kind?: BriefSectionKind }) => ReturnType;
      /** Operative/preambular → sub-point (a); sub-point (a) → (i). */
      indentDraftingBlock: () => ReturnType;
      /** Sub-point (i) → (a); sub-point (a) → its parent paragraph's type. */
      outdentDraftingBlock: () => ReturnType;
      /** Enter: a new paragraph of the same type (see splitDraftingBlock). */
      splitDraftingBlock: () => ReturnType;
      /** Assigns missing pids and separates duplicates, e.g. after loading content without them. */
      ensurePids: () => ReturnType;
      /** Wraps the selected words in literal square brackets (contested text). */
      bracketSelection: () => ReturnType;
    };
  }
}

export const DraftingCommands = Extension.create({
  name: 'draftingCommands',

  addCommands() {
    return {
      setDraftingBlock:
        (typeName, attributes = {}) =>
        ({ state, tr, dispatch }) => {
          const type = state.schema.nodes[typeName];
          const blocks = selectedBlocks(state.doc, state.selection);
          if (!type || blocks.length === 0) return false;
          if (dispatch) {
            for (const { node, pos } of blocks) tr.setNodeMarkup(pos, type, attributesForType(type, node, attributes));
          }
          return true;
        },

      indentDraftingBlock:
        () =>
        ({ state, tr }) =>
          indentBlocks(tr, selectedBlocks(state.doc, state.selection)),

      outdentDraftingBlock:
        () =>
        ({ state, tr }) =>
          outdentBlocks(tr, selectedBlocks(state.doc, state.selection)),

      splitDraftingBlock:
        () =>
        ({ state, tr, dispatch }) =>
          dispatch ? splitDraftingBlock(state, tr) : canSplitDraftingBlock(state),

      ensurePids:
        () =>
        ({ tr }) =>
          assignUniquePids(tr),

      bracketSelection:
        () =>
        ({ state, tr, dispatch }) =>
          dispatch ? bracketSelection(state, tr) : canBracketSelection(state),
    };
  },
});
