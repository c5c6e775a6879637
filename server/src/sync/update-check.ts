import * as Y from 'yjs';
import {
  checkCollaborationDocument,
  checkInsertedInline,
  documentSchema,
  lockedBlockChange,
  type LockedFingerprints,
} from '@plenary/shared/schema/index';

export const FRAGMENT = 'default';

type SharedType = Y.Transaction['changed'] extends Map<infer K, unknown> ? K : never;

/**
 * Why the document, as a transaction left it, must not be stored; null when it may. Only the blocks the
 * transaction touched are read in depth, so the cost follows the edit, not the document's size. `locked`
 * holds the agreed paragraphs as they were before it: none of them may change.
 */
export function refusalOfTransaction(doc: Y.Doc, transaction: Y.Transaction, locked: LockedFingerprints = new Map()): string | null {
  if (doc.store.pendingStructs || doc.store.pendingDs) return 'The update depends on changes the server does not have.';
  const fragment = doc.getXmlFragment(FRAGMENT);
  const touched = new Set<Y.XmlElement>();
  // Typing changes the text inside blocks only: then the blocks' order, pids and attributes are as they were.
  let structureChanged = false;
  for (const [type, keys] of transaction.changed) {
    if (type === (fragment as unknown as SharedType)) {
      // A key on the fragment itself (a map entry, not a child) is no part of the text.
      if ([...keys].some((key) => key !== null)) return 'Only the document text may be changed.';
      structureChanged = true;
      // Yjs records no change inside a type created in the same transaction: new blocks are read whole.
      for (const block of blocksCreatedIn(fragment, transaction)) touched.add(block);
      continue;
    }
    const block = topLevelBlock(fragment, type);
    if (block === 'foreign') return 'Only the document text may be changed.';
    if (!block) continue;
    touched.add(block);
    // A key names an attribute; null stands for the children.
    if (type === (block as unknown as SharedType) && [...keys].some((key) => key !== null)) structureChanged = true;
  }
  const contentProblem = structureChanged
    ? checkCollaborationDocument(documentSchema, fragment, touched)
    : checkInsertedInline(documentSchema, fragment, insertedItems(doc, transaction), (type) => {
        const block = topLevelBlock(fragment, type as unknown as SharedType);
        return block instanceof Y.XmlElement ? block : null;
      });
  return contentProblem ?? lockedBlockChange(fragment, locked, touched, structureChanged);
}

/** Why a whole document must not be stored; null when it may. */
export function refusalOfDocument(doc: Y.Doc): string | null {
  if (doc.store.pendingStructs || doc.store.pendingDs) return 'The document depends on changes that are missing.';
  for (const name of doc.share.keys()) {
    if (name !== FRAGMENT && (doc.share.get(name)!._start !== null || doc.share.get(name)!._map.size > 0)) {
      return 'Only the document text may be changed.';
    }
  }
  const fragment = doc.getXmlFragment(FRAGMENT);
  if ([...fragment._map.values()].some((item) => !item.deleted)) return 'Only the document text may be changed.';
  return checkCollaborationDocument(documentSchema, fragment);
}

/** The items the transaction created (with what they merged into), client by client. */
function* insertedItems(doc: Y.Doc, transaction: Y.Transaction): Generator<Y.Item> {
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    if (after <= before) continue;
    const structs = doc.store.clients.get(client);
    if (!structs) continue;
    for (let i = Y.findIndexSS(structs, before); i < structs.length && structs[i]!.id.clock < after; i++) {
      const struct = structs[i]!;
      if (struct instanceof Y.Item) yield struct;
    }
  }
}

function blocksCreatedIn(fragment: Y.XmlFragment, transaction: Y.Transaction): Y.XmlElement[] {
  return fragment.toArray().filter((child): child is Y.XmlElement => {
    if (!(child instanceof Y.XmlElement)) return false;
    const { client, clock } = child._item!.id;
    return clock >= (transaction.beforeState.get(client) ?? 0);
  });
}

/** The top-level block a changed type inside the text lies in (null when deleted); 'foreign' for another root. */
function topLevelBlock(fragment: Y.XmlFragment, type: SharedType): Y.XmlElement | null | 'foreign' {
  const root = fragment as unknown as SharedType;
  let current: SharedType = type;
  for (;;) {
    const item = current._item;
    if (!item) return 'foreign';
    const parent = item.parent as SharedType;
    if (parent === root) return current instanceof Y.XmlElement && !item.deleted ? current : null;
    current = parent;
  }
}
