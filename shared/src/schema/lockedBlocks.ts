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

const PARENT_TYPES = new Set(['preambularParagraph', 'operativeParagraph']);
/** The key under which the pids of a locked paragraph's sub-points are kept, in order. */
const subPointsKey = (pid: string) => `${pid}\u0000sub-points`;
const isSubPointsKey = (key: string) => key.endsWith('\u0000sub-points');

/**
 * The locked blocks of the text, by pid: each agreed block, and the sub-points that hang under an agreed
 * paragraph (they are part of it), with the list of those sub-points, so none is added, moved or removed.
 */
function lockedBlocks(
  fragment: Y.XmlFragment,
  lockedPids: ReadonlySet<string>,
): { blocks: Map<string, Y.XmlElement>; subPoints: Map<string, string[]> } {
  const blocks = new Map<string, Y.XmlElement>();
  const subPoints = new Map<string, string[]>();
  let lockedParent: string | null = null;
  for (const child of fragment.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    const raw = child.getAttribute('pid');
    const pid = typeof raw === 'string' ? raw : null;
    if (child.nodeName === 'subPoint' && lockedParent) {
      if (pid) {
        subPoints.get(lockedParent)!.push(pid);
        if (!blocks.has(pid)) blocks.set(pid, child);
      }
      continue;
    }
    lockedParent = null;
    if (!pid || !lockedPids.has(pid)) continue;
    if (PARENT_TYPES.has(child.nodeName) && !subPoints.has(pid)) {
      lockedParent = pid;
      subPoints.set(pid, []);
    }
    if (!blocks.has(pid)) blocks.set(pid, child);
  }
  return { blocks, subPoints };
}

/** The fingerprints of the locked blocks (agreed blocks and the sub-points of agreed paragraphs), by pid. */
export function lockedFingerprints(fragment: Y.XmlFragment, lockedPids: ReadonlySet<string>): Map<string, string> {
  const fingerprints = new Map<string, string>();
  if (lockedPids.size === 0) return fingerprints;
  const { blocks, subPoints } = lockedBlocks(fragment, lockedPids);
  for (const [pid, block] of blocks) fingerprints.set(pid, blockFingerprint(block));
  for (const [pid, children] of subPoints) fingerprints.set(subPointsKey(pid), JSON.stringify(children));
  return fingerprints;
}

/**
 * Why the text no longer holds every locked block as it was; null when each is still there, once, unchanged.
 * Only the blocks in `touched` are compared in depth (an untouched block cannot have changed), all of them
 * when it is omitted; that each locked pid is still present is checked unless the change left the structure
 * alone (`structureChanged` false: no block added, removed or moved, no attribute set).
 */
export function lockedBlockChange(
  fragment: Y.XmlFragment,
  before: LockedFingerprints,
  touched?: ReadonlySet<Y.XmlElement>,
  structureChanged = true,
): string | null {
  if (before.size === 0) return null;
  if (touched && !structureChanged) {
    for (const block of touched) {
      const pid = block.getAttribute('pid');
      if (typeof pid === 'string' && before.has(pid) && blockFingerprint(block) !== before.get(pid)) {
        return `the agreed paragraph ${pid} may not be changed: reopen it first.`;
      }
    }
    return null;
  }
  const parents = [...before.keys()].filter(isSubPointsKey).map((key) => key.slice(0, -'\u0000sub-points'.length));
  const { subPoints } = lockedBlocks(fragment, new Set(parents));
  for (const parent of parents) {
    if (subPoints.has(parent) && JSON.stringify(subPoints.get(parent)) !== before.get(subPointsKey(parent))) {
      return `the sub-points of the agreed paragraph ${parent} may not be added, moved or removed: reopen it first.`;
    }
  }
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
    if (!isSubPointsKey(pid) && !seen.has(pid)) return `the agreed paragraph ${pid} may not be deleted or merged: reopen it first.`;
  }
  return null;
}
