import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { ParagraphStatus } from '@plenary/shared/domain/index';
import { isLockedStatus } from '@plenary/shared/domain/index';
import { documentBlocks, numberDocumentBlocks } from '../editor/documentBlocks.ts';
import { statusMarginKey, type StatusBridge, type StatusMarginData } from './statusBridge.ts';
import { AttrStep } from '@tiptap/pm/transform';
import { LOCK_NOTICE, STATUS_SYMBOLS, statusLabel } from './statusLabels.ts';

interface MarginState {
  data: StatusMarginData;
  /** The agreed paragraph an edit was just refused in: it shows the lock notice. */
  noticePid: string | null;
  decorations: DecorationSet;
}

interface Meta {
  data?: StatusMarginData;
  noticePid?: string | null;
}

/** Before "Propose…" (100 000) and "Who wrote this" (100 001), which stack by adjacency. */
const BADGE_SIDE = 99_999;
const NOTICE_MS = 4000;

/**
 * Paragraph statuses in the text: a badge by each number (a button for pen-holders and anyone who may read
 * the history; a plain mark on the room's screen), the status on the paragraph's element for styling, and
 * the lock: a local edit that would touch an agreed paragraph is refused before it reaches the text (the
 * server refuses it too), with a notice saying why.
 */
export function createStatusMargin(bridge: StatusBridge, options: { interactive: boolean }) {
  return Extension.create({
    name: 'statusMargin',
    addProseMirrorPlugins() {
      return [statusMarginPlugin(bridge, options.interactive)];
    },
  });
}

function statusMarginPlugin(bridge: StatusBridge, interactive: boolean) {
  let noticeTimer: number | undefined;
  const build = (state: EditorState, data: StatusMarginData, noticePid: string | null) =>
    buildDecorations(state.doc, interactive ? caretPid(state) : null, data, noticePid, interactive, bridge);

  return new Plugin<MarginState>({
    key: statusMarginKey,
    state: {
      init: (_config, state) => ({ data: bridge.data, noticePid: null, decorations: build(state, bridge.data, null) }),
      apply: (tr, previous, oldState, state) => {
        const meta = tr.getMeta(statusMarginKey) as Meta | undefined;
        const caretMoved = caretPid(oldState) !== caretPid(state);
        if (!meta && !tr.docChanged && !caretMoved) return previous;
        const data = meta?.data ?? previous.data;
        const noticePid = meta && 'noticePid' in meta ? (meta.noticePid ?? null) : previous.noticePid;
        return { data, noticePid, decorations: build(state, data, noticePid) };
      },
    },
    props: {
      decorations: (state) => (statusMarginKey.getState(state) as MarginState | undefined)?.decorations,
    },
    filterTransaction: (tr, state) => {
      if (!tr.docChanged || isRemote(tr)) return true;
      const { statuses } = (statusMarginKey.getState(state) as MarginState | undefined)?.data ?? bridge.data;
      const refused = lockedBlockTouched(tr, state.doc, statuses);
      if (!refused) return true;
      // Not from inside the filter: the notice is a transaction of its own.
      window.clearTimeout(noticeTimer);
      window.setTimeout(() => bridge.notify({ noticePid: refused }));
      noticeTimer = window.setTimeout(() => bridge.notify({ noticePid: null }), NOTICE_MS);
      return false;
    },
    view: (view) => {
      bridge.attach(view);
      return {
        // From the view update, not a click handler: only then has ProseMirror read the new selection.
        update: (updated, previous) => {
          if (!interactive || updated.state.selection.eq(previous.selection)) return;
          const pid = caretPid(updated.state);
          if (pid && isNumbered(updated.state.doc, pid)) bridge.handlers.select(pid);
        },
        destroy: () => {
          window.clearTimeout(noticeTimer);
          bridge.detach(view);
        },
      };
    },
  });
}

/** Changes that came from the shared document (another writer, the server) are never refused here. */
function isRemote(tr: Transaction): boolean {
  const sync = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
  return Boolean(sync?.isChangeOrigin);
}

/** The pid of the first locked block a transaction's steps would change, or null. */
function lockedBlockTouched(tr: Transaction, doc: PMNode, statuses: ReadonlyMap<string, ParagraphStatus>): string | null {
  // An agreed paragraph is locked with the sub-points that hang under it.
  const locked: { pid: string; from: number; to: number }[] = [];
  let group: { pid: string; from: number; to: number } | null = null;
  doc.forEach((node, offset) => {
    const end = offset + node.nodeSize;
    if (group && node.type.name === 'subPoint') {
      group.to = end;
      return;
    }
    group = null;
    const pid = node.attrs.pid as unknown;
    const status = typeof pid === 'string' ? statuses.get(pid) : undefined;
    if (!status || !isLockedStatus(status)) return;
    const block = { pid: pid as string, from: offset, to: end };
    locked.push(block);
    if (node.type.name === 'preambularParagraph' || node.type.name === 'operativeParagraph') group = block;
  });
  if (locked.length === 0) return null;
  let touched: string | null = null;
  // An attribute step (a sub-point's level, Tab and Shift-Tab) maps no range: look at where it points.
  tr.steps.forEach((step, index) => {
    if (touched || !(step instanceof AttrStep)) return;
    const pos = tr.mapping.slice(0, index).invert().map(step.pos);
    const hit = locked.find((block) => pos >= block.from && pos < block.to);
    if (hit) touched = hit.pid;
  });
  // Each step's ranges mapped back to the document before the transaction: one start position per step suffices.
  tr.mapping.maps.forEach((map, index) => {
    const back = tr.mapping.slice(0, index).invert();
    map.forEach((oldStart, oldEnd) => {
      if (touched) return;
      const from = back.map(oldStart, -1);
      const to = back.map(oldEnd, 1);
      const hit = locked.find((block) => (from === to ? from > block.from && from < block.to : from < block.to && to > block.from));
      if (hit) touched = hit.pid;
    });
  });
  return touched;
}

function isNumbered(doc: PMNode, pid: string): boolean {
  return Boolean(numberDocumentBlocks(documentBlocks(doc)).get(pid)?.label);
}

/** The pid of the top-level block holding the caret. */
function caretPid(state: EditorState): string | null {
  const $from = state.selection.$from;
  const pid = $from.depth >= 1 ? ($from.node(1).attrs.pid as unknown) : null;
  return typeof pid === 'string' ? pid : null;
}

function buildDecorations(
  doc: PMNode,
  activePid: string | null,
  data: StatusMarginData,
  noticePid: string | null,
  interactive: boolean,
  bridge: StatusBridge,
): DecorationSet {
  const blocks = documentBlocks(doc);
  const numbers = numberDocumentBlocks(blocks);
  const decorations: Decoration[] = [];
  for (const block of blocks) {
    const pid = block.pid;
    const label = pid ? numbers.get(pid)?.label : undefined;
    if (!pid || !label) continue;
    const status = data.statuses.get(pid) ?? 'open';
    if (status !== 'open') decorations.push(Decoration.node(block.pos, block.pos + block.size, { 'data-status': status }));
    const shown = status !== 'open' || (interactive && data.canSet && (pid === activePid || pid === data.shownPid));
    if (shown) {
      const pressed = pid === data.shownPid;
      decorations.push(
        Decoration.widget(
          block.pos,
          () => badgeWidget({ pid, label, status, pressed, interactive, onOpen: (p) => bridge.handlers.open(p) }),
          {
            side: BADGE_SIDE,
            key: `status-${pid}-${label}-${status}-${pressed}-${interactive}`,
            stopEvent: () => true,
            ignoreSelection: true,
          },
        ),
      );
    }
    if (pid === noticePid) {
      decorations.push(
        Decoration.widget(block.pos, () => noticeWidget(label), { side: BADGE_SIDE, key: `status-notice-${pid}`, ignoreSelection: true }),
      );
    }
  }
  return DecorationSet.create(doc, decorations);
}

interface BadgeProps {
  pid: string;
  label: string;
  status: ParagraphStatus;
  pressed: boolean;
  interactive: boolean;
  onOpen: (pid: string) => void;
}

function badgeWidget({ pid, label, status, pressed, interactive, onOpen }: BadgeProps): HTMLElement {
  const anchor = document.createElement('div');
  anchor.className = 'status-anchor';
  const badge = document.createElement(interactive ? 'button' : 'span');
  badge.className = `status-badge status-badge--${status}`;
  badge.textContent = STATUS_SYMBOLS[status];
  badge.dataset.testid = 'status-badge';
  badge.dataset.forPid = pid;
  badge.dataset.status = status;
  badge.title = `${label}: ${statusLabel(status)}`;
  if (badge instanceof HTMLButtonElement) {
    badge.type = 'button';
    badge.setAttribute('aria-label', `Status of ${label}: ${statusLabel(status)}`);
    badge.setAttribute('aria-pressed', String(pressed));
    badge.addEventListener('mousedown', (event) => event.preventDefault());
    badge.addEventListener('click', (event) => {
      event.preventDefault();
      onOpen(pid);
    });
  } else {
    badge.setAttribute('role', 'img');
    badge.setAttribute('aria-label', `${label}: ${statusLabel(status)}`);
  }
  anchor.append(badge);
  return anchor;
}

function noticeWidget(label: string): HTMLElement {
  const anchor = document.createElement('div');
  anchor.className = 'status-notice-anchor';
  const notice = document.createElement('p');
  notice.className = 'status-lock-notice';
  notice.setAttribute('role', 'status');
  notice.dataset.testid = 'status-lock-notice';
  notice.textContent = `${label} — ${LOCK_NOTICE}`;
  anchor.append(notice);
  return anchor;
}
