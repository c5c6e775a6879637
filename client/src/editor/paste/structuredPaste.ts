import { OPERATIVE_PARAGRAPH, PREAMBULAR_PARAGRAPH, SUB_POINT, withFreshPids } from '@plenary/shared/schema/index';
import { Extension } from '@tiptap/core';
import { DOMParser as ProseMirrorParser, Fragment, Slice, type Node as PMNode, type NodeType, type Schema } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { PasteNotice } from './pasteNotice.ts';
import { readPastedStructure, type PastedStructure } from './pastedStructure.ts';

/** Blocks after which sub-points may follow: pasted list items become their sub-points there. */
const TAKES_SUB_POINTS = new Set([OPERATIVE_PARAGRAPH, PREAMBULAR_PARAGRAPH, SUB_POINT]);

/** The paragraph type pasted rows and paragraphs take: the block pasted into when it is a paragraph, else the plain one. */
function paragraphTypeAt(state: EditorState): NodeType {
  const here = state.selection.$from.parent.type;
  const plain = state.schema.topNodeType.contentMatch.defaultType!;
  return here.spec.group === 'block' && here.name !== 'title' && !/heading/i.test(here.name) ? here : plain;
}

/** One block of `type` holding the element's words with their bold and italics (a link keeps its text). */
function inlineContent(schema: Schema, type: NodeType, element: Element, attrs: Record<string, unknown> | null = null): PMNode {
  return ProseMirrorParser.fromSchema(schema).parse(element, { topNode: type.create(attrs) });
}

interface Converted {
  blocks: PMNode[];
  notice: string;
}

function convert(state: EditorState, structure: PastedStructure): Converted {
  const { schema } = state;
  const paragraph = paragraphTypeAt(state);
  const subPoints = TAKES_SUB_POINTS.has(state.selection.$from.parent.type.name) ? schema.nodes[SUB_POINT] : undefined;
  const blocks = structure.blocks.map((block) => {
    switch (block.kind) {
      case 'row':
        // Tabs between the cells: the words of a cell stay together, and never run into the next cell's.
        return paragraph.create(null, block.cells.some((c) => c !== '') ? schema.text(block.cells.join('\t')) : null);
      case 'item':
        return subPoints
          ? inlineContent(schema, subPoints, block.content, { level: block.level })
          : inlineContent(schema, paragraph, block.content);
      case 'paragraph':
        return inlineContent(schema, paragraph, block.content);
    }
  });
  const notices: string[] = [];
  if (structure.hasTable) notices.push('The pasted table became one paragraph per row, its cells separated by tabs.');
  if (structure.hasList) {
    notices.push(
      subPoints
        ? 'The pasted list became sub-points of the paragraph.'
        : 'The pasted list became separate paragraphs: sub-points can only follow an operative or preambular paragraph.',
    );
  }
  return { blocks, notice: notices.join(' ') };
}

/**
 * Tables and lists pasted from a word processor, in the document's terms: a table becomes one paragraph per
 * row with its cells separated by tabs, a list becomes sub-points of the paragraph pasted into (or separate
 * paragraphs where sub-points cannot go), and a notice says what became of them.
 */
export const StructuredPaste = Extension.create({
  name: 'structuredPaste',

  addProseMirrorPlugins() {
    let notice: PasteNotice | null = null;
    return [
      new Plugin({
        key: new PluginKey('structuredPaste'),
        view: (view: EditorView) => {
          notice = new PasteNotice(view);
          return { destroy: () => notice?.destroy() };
        },
        props: {
          handlePaste(view, event) {
            const html = event.clipboardData?.getData('text/html');
            const structure = html ? readPastedStructure(html) : null;
            if (!structure || structure.blocks.length === 0) return false;
            const { blocks, notice: message } = convert(view.state, structure);
            const slice = withFreshPids(new Slice(Fragment.from(blocks), 0, 0));
            view.dispatch(view.state.tr.replaceSelection(slice).scrollIntoView().setMeta('paste', true).setMeta('uiEvent', 'paste'));
            notice?.say(message);
            return true;
          },
        },
      }),
    ];
  },
});
