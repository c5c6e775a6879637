import type { EditorState } from '@tiptap/pm/state';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

/** A span of one paragraph, stored as Yjs relative positions so that it follows concurrent edits. */
export interface SpanAnchor {
  start: string;
  end: string;
  quote: string;
}

export interface SelectedSpan {
  pid: string;
  anchor: SpanAnchor;
}

/** A document position range [from, to) in the editor. */
export interface SpanRange {
  from: number;
  to: number;
}

interface YSyncState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: { mapping: Parameters<typeof relativePositionToAbsolutePosition>[3] } | null;
}

function ySync(state: EditorState): YSyncState | null {
  const ystate = ySyncPluginKey.getState(state) as YSyncState | undefined;
  return ystate?.binding ? ystate : null;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * The start sticks to the first selected character and the end to the last one, so that words typed just
 * before or just after the span never join it.
 */
function relativePosition(ystate: YSyncState, pos: number, assoc: 0 | -1): Y.RelativePosition {
  const relative = absolutePositionToRelativePosition(pos, ystate.type, ystate.binding!.mapping) as Y.RelativePosition;
  const absolute = Y.createAbsolutePositionFromRelativePosition(relative, ystate.doc);
  return absolute ? Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, assoc) : relative;
}

/** The selection as an anchor inside the paragraph it starts in (cut at that paragraph's end), or null. */
export function selectedSpan(state: EditorState): SelectedSpan | null {
  const { from, to, empty } = state.selection;
  if (empty) return null;
  const $from = state.doc.resolve(from);
  if ($from.depth < 1) return null;
  const block = $from.node(1);
  const pid = block.attrs.pid as unknown;
  if (typeof pid !== 'string' || !pid) return null;
  const end = Math.min(to, $from.end(1));
  const quote = state.doc.textBetween(from, end, ' ').trim();
  const ystate = ySync(state);
  if (!quote || !ystate) return null;
  const encode = (pos: number, assoc: 0 | -1) => toBase64(Y.encodeRelativePosition(relativePosition(ystate, pos, assoc)));
  return { pid, anchor: { start: encode(from, 0), end: encode(end, -1), quote } };
}

function absolute(state: EditorState, ystate: YSyncState, encoded: string): number | null {
  const bytes = fromBase64(encoded);
  if (!bytes) return null;
  try {
    return relativePositionToAbsolutePosition(ystate.doc, ystate.type, Y.decodeRelativePosition(bytes), ystate.binding!.mapping);
  } catch {
    // An anchor from another document, or a mapping caught mid-update: treat as unresolved.
    return null;
  }
}

/**
 * Where an anchor's words are now, or null when they are gone (deleted, or no longer inside the paragraph
 * `block` = [start, end] content positions): the thread then falls back to the whole paragraph.
 */
export function resolveSpan(state: EditorState, anchor: Pick<SpanAnchor, 'start' | 'end'>, block: SpanRange): SpanRange | null {
  const ystate = ySync(state);
  if (!ystate) return null;
  const from = absolute(state, ystate, anchor.start);
  const to = absolute(state, ystate, anchor.end);
  if (from === null || to === null || from >= to) return null;
  if (from < block.from || to > block.to || to > state.doc.content.size) return null;
  return { from, to };
}
