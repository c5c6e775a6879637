import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { documentBlocks, numberDocumentBlocks } from '../editor/documentBlocks.ts';
import { blockPidAt, caretPid, marginButtonWidget } from '../editor/marginButton.ts';
import { attributionMarginKey, type AttributionBridge, type AttributionMarginData } from './attributionBridge.ts';

interface MarginState {
  data: AttributionMarginData;
  hoveredPid: string | null;
  decorations: DecorationSet;
}

interface Meta {
  data?: AttributionMarginData;
  hoveredPid?: string | null;
}

/** After the "Propose…" button of the same paragraph (side 100 000), so the two stack in the margin. */
const BUTTON_SIDE = 100_001;

/**
 * The margin "Who wrote this" button on the paragraph holding the caret (and the one under the mouse, and the
 * one the panel shows). Decorations only; the caret's paragraph is reported so an open panel follows it.
 */
export function createAttributionMargin(bridge: AttributionBridge) {
  return Extension.create({
    name: 'attributionMargin',
    addProseMirrorPlugins() {
      return [attributionMarginPlugin(bridge)];
    },
  });
}

function attributionMarginPlugin(bridge: AttributionBridge) {
  const build = (state: EditorState, data: AttributionMarginData, hoveredPid: string | null) =>
    buildDecorations(state.doc, caretPid(state), data, hoveredPid, bridge);

  return new Plugin<MarginState>({
    key: attributionMarginKey,
    state: {
      init: (_config, state) => ({ data: bridge.data, hoveredPid: null, decorations: build(state, bridge.data, null) }),
      apply: (tr, previous, oldState, state) => {
        const meta = tr.getMeta(attributionMarginKey) as Meta | undefined;
        const caretMoved = caretPid(oldState) !== caretPid(state);
        if (!meta && !tr.docChanged && !caretMoved) return previous;
        const data = meta?.data ?? previous.data;
        const hoveredPid = meta && 'hoveredPid' in meta ? (meta.hoveredPid ?? null) : previous.hoveredPid;
        return { data, hoveredPid, decorations: build(state, data, hoveredPid) };
      },
    },
    props: {
      decorations: (state) => (attributionMarginKey.getState(state) as MarginState | undefined)?.decorations,
      handleDOMEvents: {
        mouseover: (view, event) => {
          const pid = blockPidAt(view, event.target);
          const state = attributionMarginKey.getState(view.state) as MarginState | undefined;
          if (pid && state && pid !== state.hoveredPid) view.dispatch(view.state.tr.setMeta(attributionMarginKey, { hoveredPid: pid }));
          return false;
        },
      },
    },
    view: (view) => {
      bridge.attach(view);
      return {
        // From the view update, not a click handler: only then has ProseMirror read the new selection.
        update: (updated, previous) => {
          if (updated.state.selection.eq(previous.selection)) return;
          const pid = caretPid(updated.state);
          if (pid && isNumbered(updated.state.doc, pid)) bridge.handlers.select(pid);
        },
        destroy: () => bridge.detach(view),
      };
    },
  });
}

function isNumbered(doc: PMNode, pid: string): boolean {
  return Boolean(numberDocumentBlocks(documentBlocks(doc)).get(pid)?.label);
}

function buildDecorations(
  doc: PMNode,
  activePid: string | null,
  data: AttributionMarginData,
  hoveredPid: string | null,
  bridge: AttributionBridge,
): DecorationSet {
  const blocks = documentBlocks(doc);
  const numbers = numberDocumentBlocks(blocks);
  const decorations: Decoration[] = [];
  for (const block of blocks) {
    const pid = block.pid;
    const label = pid ? numbers.get(pid)?.label : undefined;
    if (!pid || !label || (pid !== activePid && pid !== hoveredPid && pid !== data.shownPid)) continue;
    const pressed = pid === data.shownPid;
    decorations.push(
      Decoration.widget(block.pos, () => writersButtonWidget(pid, label, pressed, (p) => bridge.handlers.toggle(p)), {
        side: BUTTON_SIDE,
        key: `writers-${pid}-${label}-${pressed}`,
        stopEvent: () => true,
        ignoreSelection: true,
      }),
    );
  }
  return DecorationSet.create(doc, decorations);
}

function writersButtonWidget(pid: string, label: string, pressed: boolean, onToggle: (pid: string) => void): HTMLElement {
  return marginButtonWidget({
    name: 'attribution',
    text: 'Who wrote this',
    testId: 'attribution-button',
    pid,
    pressed,
    // The visible words first, so that speech users can say what they see (WCAG 2.5.3).
    ariaLabel: `Who wrote this: ${label}`,
    title: pressed ? `Showing who wrote ${label} (press to close)` : `Show who wrote the words of ${label}`,
    onPress: onToggle,
  });
}
