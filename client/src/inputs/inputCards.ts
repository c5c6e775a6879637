import { Extension, type Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { TechnicalInput } from '../api/inputs.ts';
import { documentBlocks, numberDocumentBlocks } from '../editor/documentBlocks.ts';
import { blockPidAt, caretPid } from '../editor/marginButton.ts';
import { revealParagraph } from '../editor/paragraphSpotlight.ts';
import { inputCardsKey, type InputBridge, type InputCardsData } from './inputBridge.ts';
import { inputCardWidget, submitInputButtonWidget } from './inputWidgets.ts';
import { blockLabel } from './paragraphLabel.ts';

interface InputCardsState {
  data: InputCardsData;
  hoveredPid: string | null;
  decorations: DecorationSet;
}

interface Meta {
  data?: InputCardsData;
  hoveredPid?: string | null;
}

/** After "Propose…" (100 000), "Who wrote this" (100 001) and "History" (100 002) of the same paragraph: last of the stack. */
const BUTTON_SIDE = 100_003;
/** After every tracked change of the paragraph (sides 1, 2, …). */
const CARD_SIDE = 50_000;

/**
 * A brief's undecided technical inputs, each drawn under the paragraph or section it applies to, and the margin
 * "Technical input" button for the agencies that may submit one. Decorations only: the text is never touched.
 */
export function createInputCards(bridge: InputBridge) {
  return Extension.create({
    name: 'inputCards',
    addProseMirrorPlugins() {
      return [inputCardsPlugin(bridge, this.editor)];
    },
  });
}

function inputCardsPlugin(bridge: InputBridge, editor: Editor) {
  const build = (state: EditorState, data: InputCardsData, hoveredPid: string | null) =>
    buildDecorations(state.doc, caretPid(state), data, hoveredPid, bridge);

  return new Plugin<InputCardsState>({
    key: inputCardsKey,
    state: {
      init: (_config, state) => ({ data: bridge.data, hoveredPid: null, decorations: build(state, bridge.data, null) }),
      apply: (tr, previous, oldState, state) => {
        const meta = tr.getMeta(inputCardsKey) as Meta | undefined;
        const caretMoved = previous.data.canSubmit && caretPid(oldState) !== caretPid(state);
        if (!meta && !tr.docChanged && !caretMoved) return previous;
        const data = meta?.data ?? previous.data;
        const hoveredPid = meta && 'hoveredPid' in meta ? (meta.hoveredPid ?? null) : previous.hoveredPid;
        return { data, hoveredPid, decorations: build(state, data, hoveredPid) };
      },
    },
    props: {
      decorations: (state) => (inputCardsKey.getState(state) as InputCardsState | undefined)?.decorations,
      handleDOMEvents: {
        mouseover: (view, event) => {
          const state = inputCardsKey.getState(view.state) as InputCardsState | undefined;
          if (!state?.data.canSubmit) return false;
          const pid = blockPidAt(view, event.target);
          if (pid && pid !== state.hoveredPid) view.dispatch(view.state.tr.setMeta(inputCardsKey, { hoveredPid: pid }));
          return false;
        },
      },
    },
    view: (view) => {
      bridge.attach(view, (pid) => revealParagraph(editor, pid, { focus: false }));
      return { destroy: () => bridge.detach(view) };
    },
  });
}

function buildDecorations(
  doc: PMNode,
  activePid: string | null,
  data: InputCardsData,
  hoveredPid: string | null,
  bridge: InputBridge,
): DecorationSet {
  if (!data.enabled) return DecorationSet.empty;
  const blocks = documentBlocks(doc);
  const numbers = numberDocumentBlocks(blocks);
  const byPid = new Map<string, TechnicalInput[]>();
  for (const input of data.inputs) byPid.set(input.pid, [...(byPid.get(input.pid) ?? []), input]);
  const decorations: Decoration[] = [];
  for (const block of blocks) {
    const pid = block.pid;
    if (!pid) continue;
    if (data.canSubmit && (pid === activePid || pid === hoveredPid)) {
      const label = blockLabel(block, numbers.get(pid)?.label);
      decorations.push(
        Decoration.widget(block.pos, () => submitInputButtonWidget(pid, label, (p) => bridge.handlers.submit(p)), {
          side: BUTTON_SIDE,
          key: `input-submit-${pid}-${label}`,
          stopEvent: () => true,
          ignoreSelection: true,
        }),
      );
    }
    (byPid.get(pid) ?? []).forEach((input, index) => {
      const focused = input.id === data.focusedId;
      decorations.push(
        Decoration.widget(
          block.pos + block.size,
          () => inputCardWidget({ input, blockText: block.text, focused, onFocus: (id) => bridge.handlers.focus(id, pid) }),
          {
            side: CARD_SIDE + index,
            key: `input-${input.id}-${input.updatedAt}-${input.paragraphLabel ?? ''}-${focused}-${hash(block.text)}`,
            stopEvent: () => true,
            ignoreSelection: true,
          },
        ),
      );
    });
  }
  return DecorationSet.create(doc, decorations);
}

function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0).toString(36);
}
