import * as Y from 'yjs';
import { cleanText, isInvisible, type ThreadAnchorInput } from '@plenary/shared/validation/index';
import type { RoomRegistry } from '../sync/room-registry.ts';

type AbsolutePosition = NonNullable<ReturnType<typeof Y.createAbsolutePositionFromRelativePosition>>;

/** The block (paragraph, sub-point, heading …) carrying `pid`, if it is in the live text. */
export function findPidBlock(doc: Y.Doc, pid: string): Y.XmlElement | null {
  for (const node of doc.getXmlFragment('default').toArray()) {
    if (node instanceof Y.XmlElement && node.getAttribute('pid') === pid) return node;
  }
  return null;
}

function decode(base64: string): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(Buffer.from(base64, 'base64'));
  } catch {
    return null;
  }
}

/** Any Yjs type, seen only as a node of the document tree. */
interface TreeNode {
  _item: Y.Item | null;
}

function* selfAndAncestors(type: TreeNode): Generator<TreeNode> {
  for (let t: TreeNode | null = type; t; t = t._item ? (t._item.parent as TreeNode | null) : null) yield t;
}

function isDeleted(type: TreeNode): boolean {
  for (const t of selfAndAncestors(type)) if (t._item?.deleted) return true;
  return false;
}

function isInside(type: TreeNode, block: Y.XmlElement): boolean {
  for (const t of selfAndAncestors(type)) if (t === block) return true;
  return false;
}

function resolve(doc: Y.Doc, block: Y.XmlElement, base64: string): AbsolutePosition | 'invalid' | 'elsewhere' {
  const relative = decode(base64);
  if (!relative) return 'invalid';
  const absolute = Y.createAbsolutePositionFromRelativePosition(relative, doc);
  if (!absolute) return 'invalid';
  return isInside(absolute.type, block) ? absolute : 'elsewhere';
}

/** Longest quote kept with a thread: a span of a very long paragraph is quoted by its beginning. */
const MAX_QUOTE_LENGTH = 2_000;

type Delta = { insert: unknown }[];

/** How many characters of plain text come before `index` of a text run (an embed counts in the index, not the text). */
function charactersBefore(run: Y.XmlText, index: number): number {
  let characters = 0;
  let remaining = index;
  for (const { insert } of run.toDelta() as Delta) {
    if (remaining <= 0) break;
    if (typeof insert === 'string') {
      const taken = Math.min(remaining, insert.length);
      characters += taken;
      remaining -= taken;
    } else remaining -= 1;
  }
  return characters;
}

function runText(run: Y.XmlText): string {
  return (run.toDelta() as Delta).map(({ insert }) => (typeof insert === 'string' ? insert : '')).join('');
}

/** The block's plain text (its runs joined, marks dropped) and where a position inside it falls in that text. */
function plainText(block: Y.XmlElement): { text: string; offsetOf: (position: AbsolutePosition) => number | null } {
  const children = block.toArray();
  const starts: number[] = [];
  let text = '';
  for (const child of children) {
    starts.push(text.length);
    if (child instanceof Y.XmlText) text += runText(child);
  }
  starts.push(text.length);
  return {
    text,
    // starts has an entry for every child and one for the end, so both reads below are in range.
    offsetOf(position) {
      if (position.type === block) return starts[Math.min(position.index, children.length)]!;
      const run = children.findIndex((child) => child === position.type);
      return run === -1 ? null : starts[run]! + charactersBefore(children[run] as Y.XmlText, position.index);
    },
  };
}

/** The words a span covers, as shown with its thread: cleaned like any submitted text, trimmed, cut when very long. */
function quoteOf(words: string): string {
  const quote = cleanText(words).trim();
  if (quote.length <= MAX_QUOTE_LENGTH) return quote;
  // Cut between code points, never inside a surrogate pair.
  return `${[...quote].slice(0, MAX_QUOTE_LENGTH - 1).join('')}…`;
}

export type TargetProblem = 'unknown-paragraph' | 'invalid-anchor' | 'anchor-outside-paragraph' | 'empty-anchor';

/** A new thread's target: its paragraph exists and its span (if any) lies inside it and covers visible words. */
export type ThreadTarget = { problem: TargetProblem } | { problem: null; quote: string | null };

/**
 * Checks a new thread's target and reads the words under its span from the live text. The quote is never
 * taken from the client: a thread must not show words its anchor does not cover.
 */
export function resolveThreadTarget(rooms: RoomRegistry, documentId: string, pid: string, anchor?: ThreadAnchorInput | null): ThreadTarget {
  return rooms.read(documentId, (doc): ThreadTarget => {
    const block = findPidBlock(doc, pid);
    if (!block) return { problem: 'unknown-paragraph' };
    if (!anchor) return { problem: null, quote: null };
    const start = resolve(doc, block, anchor.start);
    const end = resolve(doc, block, anchor.end);
    if (start === 'invalid' || end === 'invalid') return { problem: 'invalid-anchor' };
    if (start === 'elsewhere' || end === 'elsewhere') return { problem: 'anchor-outside-paragraph' };
    const { text, offsetOf } = plainText(block);
    const from = offsetOf(start);
    const to = offsetOf(end);
    if (from === null || to === null) return { problem: 'anchor-outside-paragraph' };
    const quote = quoteOf(text.slice(from, to));
    return from >= to || isInvisible(quote) ? { problem: 'empty-anchor' } : { problem: null, quote };
  });
}

/**
 * Whether a span anchor no longer covers any text: its words were deleted (the relative positions collapse
 * onto one point) or its paragraph is gone. Clients then show the thread on the whole paragraph.
 */
export function isAnchorDetached(doc: Y.Doc, pid: string, anchor: { start: string; end: string }): boolean {
  const block = findPidBlock(doc, pid);
  if (!block || isDeleted(block)) return true;
  const start = resolve(doc, block, anchor.start);
  const end = resolve(doc, block, anchor.end);
  if (typeof start === 'string' || typeof end === 'string') return true;
  if (isDeleted(start.type) || isDeleted(end.type)) return true;
  return start.type === end.type && start.index >= end.index;
}

/** The detached state of each anchored thread of one document, reading the live text once. */
export function detachedAnchors(
  rooms: RoomRegistry,
  documentId: string,
  anchored: { id: string; pid: string; anchorStart: string | null; anchorEnd: string | null }[],
): Map<string, boolean> {
  const result = new Map<string, boolean>();
  const withSpan = anchored.filter((t) => t.anchorStart && t.anchorEnd);
  if (withSpan.length === 0) return result;
  rooms.read(documentId, (doc) => {
    for (const t of withSpan) result.set(t.id, isAnchorDetached(doc, t.pid, { start: t.anchorStart!, end: t.anchorEnd! }));
  });
  return result;
}

/**
 * Where each thread's span falls in its paragraph's plain text of the live document, reading it once: a
 * thread on a whole paragraph, or one whose span no longer covers any words, covers the whole paragraph.
 * Threads whose paragraph is gone are left out.
 */
export function anchorOffsets(
  rooms: RoomRegistry,
  documentId: string,
  anchored: readonly { id: string; pid: string; anchorStart: string | null; anchorEnd: string | null }[],
): Map<string, { from: number; to: number }> {
  const result = new Map<string, { from: number; to: number }>();
  if (anchored.length === 0) return result;
  rooms.read(documentId, (doc) => {
    for (const thread of anchored) {
      const block = findPidBlock(doc, thread.pid);
      if (!block) continue;
      const { text, offsetOf } = plainText(block);
      const whole = { from: 0, to: text.length };
      if (
        !thread.anchorStart ||
        !thread.anchorEnd ||
        isAnchorDetached(doc, thread.pid, { start: thread.anchorStart, end: thread.anchorEnd })
      ) {
        result.set(thread.id, whole);
        continue;
      }
      const start = resolve(doc, block, thread.anchorStart);
      const end = resolve(doc, block, thread.anchorEnd);
      const from = typeof start === 'string' ? null : offsetOf(start);
      const to = typeof end === 'string' ? null : offsetOf(end);
      result.set(thread.id, from === null || to === null || from >= to ? whole : { from, to });
    }
  });
  return result;
}
