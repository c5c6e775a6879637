import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { documentBlocks, numberDocumentBlocks } from '../editor/documentBlocks.ts';
import { blockPidAt, caretPid, marginButtonWidget } from '../editor/marginButton.ts';
import type { HistoryBridge } from './historyBridge.ts';

/** Where the margin link leads, and how to go there without reloading the page. */
type HistoryLinks = Pick<HistoryBridge, 'href' | 'open'>;

interface MarginState {
  hoveredPid: string | null;
  decorations: DecorationSet;
}

const historyMarginKey = new PluginKey<MarginState>('historyMargin');

/** After "Propose…" (100 000) and "Who wrote this" (100 001) of the same paragraph, so the three stack. */
const BUTTON_SIDE = 100_002;

/** The margin "History" link on the paragraph holding the caret and on the one under the mouse. Decorations only. */
export function createHistoryMargin(links: HistoryLinks) {
  return Extension.create({
    name: 'historyMargin',
    addProseMirrorPlugins() {
      return [historyMarginPlugin(links)];
    },
  });
}

function historyMarginPlugin(links: HistoryLinks) {
  const build = (state: EditorState, hoveredPid: string | null) => buildDecorations(state.doc, caretPid(state), hoveredPid, links);

  return new Plugin<MarginState>({
    key: historyMarginKey,
    state: {
      init: (_config, state) => ({ hoveredPid: null, decorations: build(state, null) }),
      apply: (tr, previous, oldState, state) => {
        const hovered = tr.getMeta(historyMarginKey) as { hoveredPid: string } | undefined;
        if (!hovered && !tr.docChanged && caretPid(oldState) === caretPid(state)) return previous;
        const hoveredPid = hovered?.hoveredPid ?? previous.hoveredPid;
        return { hoveredPid, decorations: build(state, hoveredPid) };
      },
    },
    props: {
      decorations: (state) => historyMarginKey.getState(state)?.decorations,
      handleDOMEvents: {
        mouseover: (view, event) => {
          const pid = blockPidAt(view, event.target);
          if (pid && pid !== historyMarginKey.getState(view.state)?.hoveredPid) {
            view.dispatch(view.state.tr.setMeta(historyMarginKey, { hoveredPid: pid }));
          }
          return false;
        },
      },
    },
  });
}

function buildDecorations(doc: PMNode, activePid: string | null, hoveredPid: string | null, links: HistoryLinks): DecorationSet {
  const blocks = documentBlocks(doc);
  const numbers = numberDocumentBlocks(blocks);
  const decorations: Decoration[] = [];
  for (const block of blocks) {
    const pid = block.pid;
    const label = pid ? numbers.get(pid)?.label : undefined;
    if (!pid || !label || (pid !== activePid && pid !== hoveredPid)) continue;
    decorations.push(
      Decoration.widget(
        block.pos,
        () =>
          marginButtonWidget({
            name: 'history',
            text: 'History',
            testId: 'history-button',
            pid,
            href: links.href(pid),
            ariaLabel: `History of ${label}`,
            title: `The whole negotiating record of ${label}`,
            onPress: (p) => links.open(p),
          }),
        { side: BUTTON_SIDE, key: `history-${pid}-${label}`, stopEvent: () => true, ignoreSelection: true },
      ),
    );
  }
  return DecorationSet.create(doc, decorations);
}
