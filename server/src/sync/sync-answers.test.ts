import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeSyncStep2 } from './protocol.ts';
import { sharedSyncAnswer } from './sync-answers.ts';

/** The update a sync step 2 frame carries. */
function updateIn(message: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(message);
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
  return decoding.readVarUint8Array(decoder);
}

const answer = (doc: Y.Doc, stateVector: Uint8Array) => sharedSyncAnswer(doc, stateVector, () => encodeSyncStep2(doc, stateVector));

describe('sharedSyncAnswer', () => {
  it('answers the same state vector once per change of the document', () => {
    const doc = new Y.Doc({ gc: false });
    doc.getText('t').insert(0, 'We commit');
    const fresh = Y.encodeStateVector(new Y.Doc());
    const first = answer(doc, fresh);
    expect(answer(doc, fresh)).toBe(first);

    doc.getText('t').insert(9, ' together');
    const second = answer(doc, fresh);
    expect(second).not.toBe(first);
    const client = new Y.Doc();
    Y.applyUpdate(client, updateIn(second));
    expect(client.getText('t').toJSON()).toBe('We commit together');
  });

  it('answers a client that has part of the text with only what it lacks', () => {
    const doc = new Y.Doc({ gc: false });
    doc.getText('t').insert(0, 'We commit');
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    doc.getText('t').insert(9, ' now');
    Y.applyUpdate(client, updateIn(answer(doc, Y.encodeStateVector(client))));
    expect(client.getText('t').toJSON()).toBe('We commit now');
  });
});
