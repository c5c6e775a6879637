import * as Y from 'yjs';
import type { ThreadAnchorInput } from '@plenary/shared/validation/index';
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

export type AnchorCheck = 'ok' | 'unknown-paragraph' | 'invalid-anchor' | 'anchor-outside-paragraph';

/** Checks that a new thread's paragraph exists and that its span (if any) lies inside it. */
export function checkThreadTarget(rooms: RoomRegistry, documentId: string, pid: string, anchor?: ThreadAnchorInput | null): AnchorCheck {
  return rooms.read(documentId, (doc) => {
    const block = findPidBlock(doc, pid);
    if (!block) return 'unknown-paragraph';
    if (!anchor) return 'ok';
    const start = resolve(doc, block, anchor.start);
    const end = resolve(doc, block, anchor.end);
    if (start === 'invalid' || end === 'invalid') return 'invalid-anchor';
    if (start === 'elsewhere' || end === 'elsewhere') return 'anchor-outside-paragraph';
    return 'ok';
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
