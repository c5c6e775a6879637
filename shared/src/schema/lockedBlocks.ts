import * as Y from 'yjs';

/**
 * Agreed paragraphs are locked: no update may change their type, attributes or text, delete them, or split
 * or merge them. A fingerprint captures all of that in one comparable string, so a check compares the block
 * after an update with the fingerprint taken before it.
 */
export type LockedFingerprints = ReadonlyMap<string, string>;

/**
 * The block's identity (a block deleted and written again is another block, by another writer), its type,
 * every stored attribute and its formatted text, as one string.
 */
export function blockFingerprint(block: Y.XmlElement): string {
  const id = block._item?.id;
  const attributes: [string, unknown][] = [];
  block._map.forEach((item, name) => {
    if (!item.deleted) attributes.push([name, block.getAttribute(name)]);
  });
  attributes.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // Only text stands inside a paragraph (the schema check refuses anything else before this runs).
  const content: unknown[] = block.toArray().map((child) => (child instanceof Y.XmlText ? (child.toDelta() as unknown) : child.toJSON()));
  return JSON.stringify([id ? `${id.client}:${id.clock}` : null, block.nodeName, attributes, content]);
}

/** The fingerprints of the top-level blocks whose pid is locked, by pid. */
export function lockedFingerprints(fragment: Y.XmlFragment, lockedPids: ReadonlySet<string>): Map<string, string> {
  const fingerprints = new Map<string, string>();
  if (lockedPids.size === 0) return fingerprints;
  for (const child of fragment.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    const pid = child.getAttribute('pid');
    if (typeof pid === 'string' && lockedPids.has(pid) && !fingerprints.has(pid)) fingerprints.set(pid, blockFingerprint(child));
  }
  return fingerprints;
}

/**
 * Why the text no longer holds every locked block as it was; null when each is still there, once, unchanged.
 * Only the blocks in `touched` are compared in depth (an untouched block cannot have changed), all of them
 * when it is omitted; that each locked pid is still present is always checked, since a deletion touches no block.
 */
export function lockedBlockChange(fragment: Y.XmlFragment, before: LockedFingerprints, touched?: ReadonlySet<Y.XmlElement>): string | null {
  if (before.size === 0) return null;
  const seen = new Set<string>();
  for (const child of fragment.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    const pid = child.getAttribute('pid');
    if (typeof pid !== 'string' || !before.has(pid)) continue;
    if (seen.has(pid)) return `the agreed paragraph ${pid} may not be split.`;
    seen.add(pid);
    if ((!touched || touched.has(child)) && blockFingerprint(child) !== before.get(pid)) {
      return `the agreed paragraph ${pid} may not be changed: reopen it first.`;
    }
  }
  for (const pid of before.keys()) {
    if (!seen.has(pid)) return `the agreed paragraph ${pid} may not be deleted or merged: reopen it first.`;
  }
  return null;
}
