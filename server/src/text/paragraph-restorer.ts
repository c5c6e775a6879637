import * as Y from 'yjs';
import { findParagraphElement } from './paragraph-text-writer.ts';

/** A block as it stood in an earlier state of a document, with the pids that stood around it then. */
export interface EarlierBlock {
  pid: string;
  /** The block in the earlier document (copied when restored): node type, attributes such as a level, formatted text. */
  element: Y.XmlElement;
  /** The pids before it, nearest first, and after it, nearest first. */
  before: string[];
  after: string[];
}

function pidOf(node: unknown): string | undefined {
  const pid: unknown = node instanceof Y.XmlElement ? node.getAttribute('pid') : undefined;
  return typeof pid === 'string' ? pid : undefined;
}

/** Reads a block out of an earlier state of the document; undefined when it was not there. */
export function readEarlierBlock(earlier: Y.Doc, pid: string): EarlierBlock | undefined {
  const found = findParagraphElement(earlier, pid);
  if (!found) return undefined;
  const pids = earlier
    .getXmlFragment('default')
    .toArray()
    .map((node) => pidOf(node));
  const present = (list: (string | undefined)[]) => list.filter((p): p is string => p !== undefined);
  return {
    pid,
    element: found.element,
    before: present(pids.slice(0, found.index).reverse()),
    after: present(pids.slice(found.index + 1)),
  };
}

/**
 * Puts an earlier block back with its own pid: after the nearest block that preceded it and is still there,
 * else before the nearest that followed it, else at the end. Throws when its pid is taken.
 */
export function restoreParagraph(doc: Y.Doc, block: EarlierBlock): void {
  if (findParagraphElement(doc, block.pid)) throw new Error(`The pid ${block.pid} is already taken.`);
  const fragment = doc.getXmlFragment('default');
  const index = placeOf(doc, block) ?? fragment.length;
  fragment.insert(index, [block.element.clone()]);
}

function placeOf(doc: Y.Doc, block: EarlierBlock): number | undefined {
  for (const pid of block.before) {
    const found = findParagraphElement(doc, pid);
    if (found) return found.index + 1;
  }
  for (const pid of block.after) {
    const found = findParagraphElement(doc, pid);
    if (found) return found.index;
  }
  return undefined;
}
