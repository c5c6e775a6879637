import * as Y from 'yjs';

/**
 * The pid of the paragraph (a block at the top of the text) that holds a y-prosemirror cursor position,
 * given as the relative position JSON that carets publish in awareness; null when it cannot be placed.
 */
export function paragraphAtCursor(doc: Y.Doc, relativePosition: unknown): string | null {
  if (!relativePosition || typeof relativePosition !== 'object') return null;
  let absolute: Y.AbsolutePosition | null;
  try {
    absolute = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(relativePosition), doc);
  } catch {
    return null;
  }
  if (!absolute) return null;
  let node: Y.AbstractType<unknown> | null = absolute.type;
  // A position between blocks points into the text's root: take the block after it (or the last one).
  if (node.parent === null && node instanceof Y.XmlFragment) {
    if (node.length === 0) return null;
    node = node.get(Math.min(absolute.index, node.length - 1)) as Y.AbstractType<unknown>;
  }
  while (node?.parent && node.parent.parent) node = node.parent;
  if (!(node instanceof Y.XmlElement)) return null;
  const pid: unknown = node.getAttribute('pid');
  return typeof pid === 'string' && pid ? pid : null;
}
