import { Extension } from '@tiptap/core';
import {
  BRIEF_PARAGRAPH,
  BRIEF_SECTION_HEADING,
  OPERATIVE_PARAGRAPH,
  PREAMBULAR_PARAGRAPH,
  SECTION_HEADING,
  SUB_POINT,
} from './nodeNames.ts';

/** Wraps the selection in square brackets; shown on the toolbar button too. */
export const BRACKET_SHORTCUT = 'Mod-Shift-[';

/**
 * Keyboard shortcuts for drafters. Runs before Tiptap's default Enter, which would otherwise start the
 * schema's first block type instead of a paragraph of the same kind.
 */
export const DraftingKeymap = Extension.create({
  name: 'draftingKeymap',
  priority: 1000,

  addKeyboardShortcuts() {
    return {
      Enter: () => {
        const { selection } = this.editor.state;
        const block = selection.$from.parent;
        // Like a list: Enter on an empty sub-point steps it out one level instead of adding another.
        if (selection.empty && block.type.name === SUB_POINT && block.content.size === 0) {
          return this.editor.commands.outdentDraftingBlock();
        }
        return this.editor.commands.splitDraftingBlock();
      },
      Tab: () => this.editor.commands.indentDraftingBlock(),
      'Shift-Tab': () => this.editor.commands.outdentDraftingBlock(),
      'Mod-Alt-0': () => this.editor.commands.setDraftingBlock(SECTION_HEADING),
      'Mod-Alt-1': () => this.editor.commands.setDraftingBlock(PREAMBULAR_PARAGRAPH),
      'Mod-Alt-2': () => this.editor.commands.setDraftingBlock(OPERATIVE_PARAGRAPH),
      'Mod-Alt-3': () => this.editor.commands.setDraftingBlock(SUB_POINT),
      'Mod-Alt-4': () => this.editor.commands.setDraftingBlock(BRIEF_PARAGRAPH),
      'Mod-Alt-5': () => this.editor.commands.setDraftingBlock(BRIEF_SECTION_HEADING),
      [BRACKET_SHORTCUT]: () => this.editor.commands.bracketSelection(),
    };
  },
});
