import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { deletedNumbers, type DeletedNumber } from '@plenary/shared/numbering/index';
import { documentBlocks, numberDocumentBlocks, type DocumentBlock } from './documentBlocks.ts';
import { currentBaseline, NUMBERING_CHANGED, previousNumber, watchNumbering } from './numbering.ts';

const paragraphNumbersKey = new PluginKey<DecorationSet>('paragraphNumbers');

/** "OP12 [deleted]": the number a deleted paragraph leaves behind until the next revision. */
function deletedNumberWidget(deleted: DeletedNumber): HTMLElement {
  const element = document.createElement('p');
  element.className = 'deleted-number';
  element.contentEditable = 'false';
  element.dataset.testid = 'deleted-number';
  const number = document.createElement('s');
  number.textContent = deleted.label;
  element.append(number, ' [deleted]');
  return element;
}

function deletedDecorations(blocks: readonly DocumentBlock[]): Decoration[] {
  const baseline = currentBaseline();
  if (!baseline?.length) return [];
  const byPid = new Map(blocks.map((block) => [block.pid, block]));
  const firstNumbered = blocks.find((block) => block.number !== null);
  return deletedNumbers(
    blocks.flatMap((block) => (block.pid ? [{ pid: block.pid, type: block.type, level: block.level }] : [])),
    baseline,
  ).flatMap((deleted) => {
    const after = deleted.afterPid ? byPid.get(deleted.afterPid) : undefined;
    const pos = after ? after.pos + after.size : firstNumbered?.pos;
    if (pos === undefined) return [];
    return [Decoration.widget(pos, () => deletedNumberWidget(deleted), { side: -1, key: `deleted-${deleted.pid}`, ignoreSelection: true })];
  });
}

/**
 * Puts each paragraph's number on its element (`data-number`, shown in the margin by CSS) so that
 * numbers follow every edit, local or remote, and can never be typed over or copied as text. Until the
 * next revision, a deleted paragraph's number stays where it stood, and a paragraph the last revision
 * renumbered says what it was ("was 11bis").
 */
function numberDecorations(doc: PMNode): DecorationSet {
  const blocks = documentBlocks(doc);
  const numbers = numberDocumentBlocks(blocks);
  const decorations: Decoration[] = [];
  for (const block of blocks) {
    const number = block.pid ? numbers.get(block.pid) : undefined;
    if (!number) continue;
    const was = previousNumber(block.pid!);
    decorations.push(
      Decoration.node(block.pos, block.pos + block.size, {
        'data-number': number.margin,
        'data-label': number.label,
        ...(was ? { 'data-was': `was ${was}`, title: `${number.label} (was ${was})` } : {}),
      }),
    );
  }
  decorations.push(...deletedDecorations(blocks));
  return DecorationSet.create(doc, decorations);
}

export const ParagraphNumbers = Extension.create<Record<string, never>, { unwatch: (() => void) | undefined }>({
  name: 'paragraphNumbers',

  onCreate() {
    this.storage.unwatch = watchNumbering(this.editor);
  },

  onDestroy() {
    this.storage.unwatch?.();
  },

  addStorage() {
    return { unwatch: undefined as (() => void) | undefined };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: paragraphNumbersKey,
        state: {
          init: (_config, state) => numberDecorations(state.doc),
          apply: (tr, previous) => (tr.docChanged || tr.getMeta(NUMBERING_CHANGED) ? numberDecorations(tr.doc) : previous),
        },
        props: {
          decorations: (state) => paragraphNumbersKey.getState(state),
        },
      }),
    ];
  },
});
