import { proposalsByParagraph, trackedChangeOrder } from '@plenary/shared/compilation/index';
import { Extension, type Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { Proposal } from '../api/proposals.ts';
import { documentBlocks, numberDocumentBlocks } from '../editor/documentBlocks.ts';
import { revealParagraph } from '../editor/paragraphSpotlight.ts';
import { trackedChangesKey, type LayerBridge, type TrackedChangesData } from './layerBridge.ts';
import { proposalRedline } from './redline.ts';
import { proposeButtonWidget, trackedChangeWidget } from './trackedChangeWidgets.ts';

interface TrackedChangesState {
  data: TrackedChangesData;
  /** The paragraph under the mouse: it shows the margin "Propose…" button too. */
  hoveredPid: string | null;
  decorations: DecorationSet;
}

interface Meta {
  data?: TrackedChangesData;
  hoveredPid?: string | null;
}

/** Past this many, the tracked changes far from the screen are not laid out until they come near it (proposals.css). */
const MANY_TRACKED_CHANGES = 300;

/** The margin button sorts after every tracked change of the paragraph before, right above its own paragraph. */
const PROPOSE_SIDE = 100_000;

/**
 * Pending proposals drawn as tracked changes: under each paragraph, one block per proposal with its
 * redline in the tabling stakeholder's colour, stacked so that overlapping proposals stay readable.
 * Decorations only: the shared text is never touched.
 */
export function createTrackedChanges(bridge: LayerBridge) {
  return Extension.create({
    name: 'trackedChanges',
    addProseMirrorPlugins() {
      return [trackedChangesPlugin(bridge, this.editor)];
    },
  });
}

function trackedChangesPlugin(bridge: LayerBridge, editor: Editor) {
  const build = (doc: PMNode, data: TrackedChangesData, hoveredPid: string | null) => buildDecorations(doc, data, hoveredPid, bridge);

  return new Plugin<TrackedChangesState>({
    key: trackedChangesKey,
    state: {
      init: (_config, state) => ({ data: bridge.data, hoveredPid: null, decorations: build(state.doc, bridge.data, null) }),
      apply: (tr, previous) => {
        const meta = tr.getMeta(trackedChangesKey) as Meta | undefined;
        if (!meta && !tr.docChanged) return previous;
        const data = meta?.data ?? previous.data;
        const hoveredPid = meta && 'hoveredPid' in meta ? (meta.hoveredPid ?? null) : previous.hoveredPid;
        return { data, hoveredPid, decorations: build(tr.doc, data, hoveredPid) };
      },
    },
    props: {
      decorations: (state) => (trackedChangesKey.getState(state) as TrackedChangesState | undefined)?.decorations,
      attributes: (state): Record<string, string> => {
        const shown = (trackedChangesKey.getState(state) as TrackedChangesState | undefined)?.data.proposals.length ?? 0;
        return shown > MANY_TRACKED_CHANGES ? { class: 'has-many-tracked-changes' } : {};
      },
      handleDOMEvents: {
        mouseover: (view, event) => {
          const pid = blockPidAt(view, event.target);
          const state = trackedChangesKey.getState(view.state) as TrackedChangesState | undefined;
          if (pid && state && pid !== state.hoveredPid) view.dispatch(view.state.tr.setMeta(trackedChangesKey, { hoveredPid: pid }));
          return false;
        },
      },
    },
    view: (view) => {
      // The keyboard focus stays on the proposal card that asked for the paragraph.
      bridge.attach(view, (pid) => revealParagraph(editor, pid, { focus: false }));
      return {
        update: (updated, previous) => reportCaretParagraph(bridge, updated.state, previous),
        destroy: () => bridge.detach(view),
      };
    },
  });
}

/**
 * The paragraph the reader works on follows the selection, which ProseMirror keeps in step with clicks in
 * read-only editors too. Reporting it from the view update (rather than from a DOM click handler) matters:
 * a click event can arrive before ProseMirror has read the new DOM selection, and dispatching then would put
 * the caret back where it was.
 */
function reportCaretParagraph(bridge: LayerBridge, state: EditorState, previous: EditorState): void {
  if (state.selection.eq(previous.selection) || !state.selection.empty) return;
  const $from = state.selection.$from;
  const pid = $from.depth >= 1 ? ($from.node(1).attrs.pid as string | undefined) : undefined;
  if (pid && pid !== bridge.data.activePid) bridge.handlers.activate(pid);
}

/** The pid of the top-level block an event happened in, if any. */
function blockPidAt(view: EditorView, target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  let node: Element | null = target;
  while (node && node.parentElement !== view.dom) node = node.parentElement;
  return node?.getAttribute('data-pid') ?? null;
}

function visibleProposals(data: TrackedChangesData): Map<string, Proposal[]> {
  if (data.clean) return new Map();
  const shown = data.proposals.filter((proposal) => proposal.status === 'tabled' && !data.hidden.has(proposal.tabledBy.id));
  return proposalsByParagraph(shown, trackedChangeOrder);
}

function buildDecorations(doc: PMNode, data: TrackedChangesData, hoveredPid: string | null, bridge: LayerBridge): DecorationSet {
  const blocks = documentBlocks(doc);
  const numbers = numberDocumentBlocks(blocks);
  const byPid = visibleProposals(data);
  const decorations: Decoration[] = [];
  for (const block of blocks) {
    if (!block.pid) continue;
    const number = numbers.get(block.pid);
    if (block.pid === data.activePid)
      decorations.push(Decoration.node(block.pos, block.pos + block.size, { class: 'is-active-paragraph' }));
    if (data.canTable && number && !data.agreedPids.has(block.pid) && (block.pid === data.activePid || block.pid === hoveredPid)) {
      const pid = block.pid;
      decorations.push(
        Decoration.widget(block.pos, () => proposeButtonWidget(pid, number.label, (p) => bridge.handlers.propose(p)), {
          side: PROPOSE_SIDE,
          key: `propose-${pid}-${number.label}`,
          stopEvent: () => true,
          ignoreSelection: true,
        }),
      );
    }
    const end = block.pos + block.size;
    (byPid.get(block.pid) ?? []).forEach((proposal, index) => {
      const redline = proposalRedline(proposal, block.text);
      const focused = proposal.id === data.focusedId;
      decorations.push(
        Decoration.widget(
          end,
          () => trackedChangeWidget({ proposal, block, redline, focused, onFocus: (id) => bridge.handlers.focus(id, proposal.pid) }),
          {
            side: index + 1,
            key: `tc-${proposal.id}-${hash(JSON.stringify([proposal.label, proposal.paragraphLabel, proposal.counts, redline, focused, block.type, block.level]))}`,
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
