import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { documentBlocks, numberDocumentBlocks } from './documentBlocks.ts';

const paragraphNumbersKey = new PluginKey<DecorationSet>('paragraphNumbers');

/**
 * Puts each paragraph's number on its element (`data-number`, shown in the margin by CSS) so that
 * numbers follow every edit, local or remote, and can never be typed over or copied as text.
 */
function numberDecorations(doc: PMNode): DecorationSet {
  const blocks = documentBlocks(doc);
  const numbers = numberDocumentBlocks(blocks);
  const decorations: Decoration[] = [];
  for (const block of blocks) {
    const number = block.pid ? numbers.get(block.pid) : undefined;
    if (!number) continue;
    decorations.push(Decoration.node(block.pos, block.pos + block.size, { 'data-number': number.margin, 'data-label': number.label }));
  }
  return DecorationSet.create(doc, decorations);
}

export const ParagraphNumbers = Extension.create({
  name: 'paragraphNumbers',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: paragraphNumbersKey,
        state: {
          init: (_config, state) => numberDecorations(state.doc),
          apply: (tr, previous) => (tr.docChanged ? numberDecorations(tr.doc) : previous),
        },
        props: {
          decorations: (state) => paragraphNumbersKey.getState(state),
        },
      }),
    ];
  },
});
