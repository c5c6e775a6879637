import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seededRandom } from '@plenary/shared/diff/seeded-random.test-helper';
import { DeletionIndex } from './deletion-index.ts';

/** Updates of one text, each deleting a few random visible characters, logged with ids 1, 2, 3 … */
function deletions(rounds: number, seed: number) {
  const random = seededRandom(seed);
  const doc = new Y.Doc({ gc: false });
  const text = doc.getText('t');
  for (let i = 0; i < 20; i++) text.insert(random.int(text.length + 1), 'abcdefghij'.slice(0, 1 + random.int(10)));
  const logged: { id: number; update: Uint8Array }[] = [];
  const deletedBy = new Map<string, number>();
  doc.on('update', (update: Uint8Array, _origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => {
    const id = logged.length + 1;
    logged.push({ id, update });
    tr.deleteSet.clients.forEach((items, client) => {
      for (const { clock, len } of items)
        for (let c = clock; c < clock + len; c++) if (!deletedBy.has(`${client}:${c}`)) deletedBy.set(`${client}:${c}`, id);
    });
  });
  for (let i = 0; i < rounds && text.length > 0; i++) {
    const at = random.int(text.length);
    text.delete(at, 1 + random.int(Math.min(5, text.length - at)));
  }
  return { doc, logged, deletedBy };
}

describe('DeletionIndex', () => {
  it('finds the update that deleted each item, and none for items still there', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { doc, logged, deletedBy } = deletions(15, seed);
      const index = new DeletionIndex(logged);
      const client = doc.clientID;
      const clocks = Y.decodeStateVector(Y.encodeStateVector(doc)).get(client)!;
      for (let clock = 0; clock < clocks; clock++)
        expect(index.deletedBy({ client, clock }), `${seed}:${clock}`).toBe(deletedBy.get(`${client}:${clock}`));
    }
  });

  it('gives an item deleted twice to the first update that deleted it', () => {
    const doc = new Y.Doc({ gc: false });
    doc.getText('t').insert(0, 'abcdef');
    const base = Y.encodeStateAsUpdate(doc);
    const other = new Y.Doc({ gc: false });
    Y.applyUpdate(other, base);
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    other.on('update', (u: Uint8Array) => updates.push(u));
    other.getText('t').delete(1, 4);
    doc.getText('t').delete(2, 1);
    const index = new DeletionIndex(updates.map((update, i) => ({ id: 10 + i, update })));
    const client = doc.clientID;
    expect([0, 1, 2, 3, 4, 5].map((clock) => index.deletedBy({ client, clock }))).toEqual([undefined, 10, 10, 10, 10, undefined]);
  });
});
