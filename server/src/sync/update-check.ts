import * as Y from 'yjs';
import { checkCollaborationDocument, documentSchema } from '@plenary/shared/schema/index';

export const FRAGMENT = 'default';

type SharedType = Y.Transaction['changed'] extends Map<infer K, unknown> ? K : never;

/**
 * Why the document, as a transaction left it, must not be stored; null when it may. Only the blocks the
 * transaction touched are read in depth, so the cost follows the edit, not the document's size.
 */
export function refusalOfTransaction(doc: Y.Doc, transaction: Y.Transaction): string | null {
  if (doc.store.pendingStructs || doc.store.pendingDs) return 'The update depends on changes the server does not have.';
  const fragment = doc.getXmlFragment(FRAGMENT);
  const touched = new Set<Y.XmlElement>();
  for (const type of transaction.changed.keys()) {
    const block = topLevelBlock(fragment, type);
    if (block === 'foreign') return 'Only the document text may be changed.';
    if (block) touched.add(block);
  }
  return checkCollaborationDocument(documentSchema, fragment, touched);
}

/** Why a whole document must not be stored; null when it may. */
export function refusalOfDocument(doc: Y.Doc): string | null {
  if (doc.store.pendingStructs || doc.store.pendingDs) return 'The document depends on changes that are missing.';
  for (const name of doc.share.keys()) {
    if (name !== FRAGMENT && (doc.share.get(name)!._start !== null || doc.share.get(name)!._map.size > 0)) {
      return 'Only the document text may be changed.';
    }
  }
  return checkCollaborationDocument(documentSchema, doc.getXmlFragment(FRAGMENT));
}

/** The top-level block a changed type lies in; null for the fragment itself; 'foreign' for another root. */
function topLevelBlock(fragment: Y.XmlFragment, type: SharedType): Y.XmlElement | null | 'foreign' {
  const root = fragment as unknown as SharedType;
  if (type === root) return null;
  let current: SharedType = type;
  for (;;) {
    const item = current._item;
    if (!item) return 'foreign';
    const parent = item.parent as SharedType;
    if (parent === root) return current instanceof Y.XmlElement && !item.deleted ? current : null;
    current = parent;
  }
}
