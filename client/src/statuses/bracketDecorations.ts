import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findBracketSpans } from '@plenary/shared/document/index';

const bracketKey = new PluginKey<DecorationSet>('bracketedText');

/** The deepest nesting styled apart; deeper spans look like this one. */
const MAX_STYLED_DEPTH = 3;

/**
 * Styles bracketed text as in UN texts: "[shall][should]" are contested alternatives, "[full [respect]]" nests.
 * The brackets are characters of the text; this only draws them (and what they hold) so they stand out.
 */
function bracketDecorations(doc: PMNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const text = node.textBetween(0, node.content.size, undefined, '\ufffc');
    const start = pos + 1;
    for (const span of findBracketSpans(text)) {
      const depth = Math.min(span.depth, MAX_STYLED_DEPTH);
      decorations.push(
        Decoration.inline(start + span.from, start + span.to, {
          class: `bracketed bracketed--depth-${depth}${span.alternative ? ' bracketed--alternative' : ''}`,
        }),
      );
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

export const BracketedText = Extension.create({
  name: 'bracketedText',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: bracketKey,
        state: {
          init: (_config, state) => bracketDecorations(state.doc),
          apply: (tr, previous) => (tr.docChanged ? bracketDecorations(tr.doc) : previous),
        },
        props: { decorations: (state) => bracketKey.getState(state) },
      }),
    ];
  },
});
