import type * as Y from 'yjs';

const MOST_KEPT = 8;

/** Per document: the answers to the state vectors asked since its last change. Dropped by its next update. */
const answers = new WeakMap<Y.Doc, Map<string, Uint8Array>>();

/**
 * The sync answer for a client with state vector `stateVector`, as `encode` frames it, computed once per change of
 * the document. Encoding walks the whole document and its history, and a room's readers ask the same question
 * together (every fresh page, or every page reconnecting after a restart): the framed answer is shared whole, so
 * that two hundred readers do not copy a multi-megabyte update two hundred times.
 */
export function sharedSyncAnswer(doc: Y.Doc, stateVector: Uint8Array, encode: () => Uint8Array): Uint8Array {
  let known = answers.get(doc);
  if (!known) {
    known = new Map();
    answers.set(doc, known);
    doc.once('update', () => answers.delete(doc));
  }
  const key = Buffer.from(stateVector).toString('base64');
  let answer = known.get(key);
  if (!answer) {
    answer = encode();
    if (known.size >= MOST_KEPT) known.delete(known.keys().next().value!);
    known.set(key, answer);
  }
  return answer;
}
