import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateSince } from './sync-answers.ts';

describe('updateSince', () => {
  it('answers the same state vector once per change of the document', () => {
    const doc = new Y.Doc({ gc: false });
    doc.getText('t').insert(0, 'We commit');
    const fresh = Y.encodeStateVector(new Y.Doc());
    const first = updateSince(doc, fresh);
    expect(updateSince(doc, fresh)).toBe(first);

    doc.getText('t').insert(9, ' together');
    const second = updateSince(doc, fresh);
    expect(second).not.toBe(first);
    const client = new Y.Doc();
    Y.applyUpdate(client, second);
    expect(client.getText('t').toJSON()).toBe('We commit together');
  });

  it('answers a client that has part of the text with only what it lacks', () => {
    const doc = new Y.Doc({ gc: false });
    doc.getText('t').insert(0, 'We commit');
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    doc.getText('t').insert(9, ' now');
    Y.applyUpdate(client, updateSince(doc, Y.encodeStateVector(client)));
    expect(client.getText('t').toJSON()).toBe('We commit now');
  });
});
