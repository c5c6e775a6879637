import { describe, expect, it } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { seededRandom } from '../diff/seeded-random.test-helper.ts';
import { modelFromProsemirrorJSON } from '../document/fromProsemirrorJSON.ts';
import { randomDocument } from '../document/randomDocument.test-helper.ts';
import { withUniquePids } from '../document/withUniquePids.ts';
import { blockKeys } from './blockKeys.ts';
import { compareDocuments, type ComparedBlock } from './compareDocuments.ts';

type Random = ReturnType<typeof seededRandom>;

const WORDS = [' States', ' shall', ' should', ' migrants', ',', '.', ' права', ' 移民', ' 😀', ' fully'];

function editText(random: Random, node: JSONContent): JSONContent {
  const text = (node.content ?? []).map((child) => child.text ?? '').join('');
  const chars = Array.from(text);
  const at = random.int(chars.length + 1);
  chars.splice(at, random.int(4), ...Array.from({ length: random.int(3) }, () => random.pick(WORDS)));
  const edited = chars.join('');
  return { ...node, content: edited ? [{ type: 'text', text: edited }] : [] };
}

/** A later version of a document: paragraphs edited, deleted, added with fresh pids and moved. */
function laterVersion(random: Random, json: JSONContent, round: number): JSONContent {
  const blocks = [...(json.content ?? [])];
  const edits = random.int(6);
  for (let e = 0; e < edits; e++) {
    const at = random.int(blocks.length);
    const roll = random.next();
    if (roll < 0.3 && blocks[at]) blocks[at] = editText(random, blocks[at]);
    else if (roll < 0.5 && blocks.length > 0) blocks.splice(at, 1);
    else if (roll < 0.75)
      blocks.splice(at, 0, {
        type: 'operativeParagraph',
        attrs: { pid: `new-${round}-${e}` },
        content: [{ type: 'text', text: random.pick(WORDS) }],
      });
    else if (blocks.length > 1) {
      const [moved] = blocks.splice(at, 1);
      blocks.splice(random.int(blocks.length + 1), 0, moved!);
    }
  }
  return { ...json, content: blocks };
}

const read = (block: ComparedBlock, skip: 'insert' | 'delete') =>
  block.segments
    .filter((s) => s.op !== skip)
    .map((s) => s.text)
    .join('');

const keyOf = (block: { pid: string | null; type: string }) => block.pid ?? `(${block.type})`;

/** Length of the longest common subsequence, the slow and obvious way. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i]![j] = a[i] === b[j] ? 1 + table[i + 1]![j + 1]! : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  return table[0]![0]!;
}

const ROUNDS = 300;

describe('compareDocuments on seeded random versions', () => {
  it('reads back both versions: kept and inserted words give the later one, kept and deleted the earlier one', () => {
    const random = seededRandom(11);
    for (let round = 0; round < ROUNDS; round++) {
      const json = withUniquePids(randomDocument(random));
      const from = modelFromProsemirrorJSON(json);
      const to = modelFromProsemirrorJSON(laterVersion(random, json, round));
      const compared = compareDocuments(from, to);
      const context = JSON.stringify({ from: from.blocks.map((b) => [b.pid, b.text]), to: to.blocks.map((b) => [b.pid, b.text]) });

      const present = compared.filter((b) => b.change !== 'deleted');
      expect(present.map(keyOf), context).toEqual(to.blocks.map(keyOf));
      expect(
        present.map((b) => read(b, 'delete')),
        context,
      ).toEqual(to.blocks.map((b) => b.text));
      expect(present.map((b) => b.toNumber)).toEqual(to.blocks.map((b) => b.number));

      // Every block of the earlier version once: the deleted ones in its order, the others where they are now.
      const fromKeys = blockKeys(from.blocks);
      const toKeys = blockKeys(to.blocks);
      const deletedKeys = fromKeys.filter((key) => !toKeys.includes(key));
      const deleted = compared.filter((b) => b.change === 'deleted');
      expect(deleted.length, context).toBe(deletedKeys.length);
      const byKey = new Map<string, ComparedBlock>([
        ...toKeys.map((key, i): [string, ComparedBlock] => [key, present[i]!]),
        ...deletedKeys.map((key, i): [string, ComparedBlock] => [key, deleted[i]!]),
      ]);
      from.blocks.forEach((block, i) => {
        const match = byKey.get(fromKeys[i]!)!;
        expect(match.change, context).not.toBe('new');
        expect(read(match, 'insert'), context).toBe(block.text);
        expect(match.fromNumber).toBe(block.number);
        expect(keyOf(match)).toBe(keyOf(block));
      });
      expect(compared.length).toBe(to.blocks.length + deletedKeys.length);
      for (const block of compared) {
        if (block.toIndex !== null) expect(present[block.toIndex]).toBe(block);
        if (block.fromIndex !== null) expect(byKey.get(fromKeys[block.fromIndex]!)).toBe(block);
        expect(block.fromIndex === null).toBe(block.change === 'new');
        expect(block.toIndex === null).toBe(block.change === 'deleted');
      }

      // What stayed in place, with the deleted blocks, reads in the earlier version's order.
      const keyOfCompared = new Map([...byKey].map(([key, b]) => [b, key]));
      const inPlace = compared.filter((b) => b.change !== 'new' && b.change !== 'moved').map((b) => keyOfCompared.get(b)!);
      expect(inPlace, context).toEqual(fromKeys.filter((key) => inPlace.includes(key)));

      // The fewest moves: what stayed in place is a longest common subsequence of the two orders.
      const shared = new Set(fromKeys.filter((key) => toKeys.includes(key)));
      const stayed = compared.filter((b) => b.change === 'unchanged' || b.change === 'changed');
      expect(stayed.length, context).toBe(
        lcsLength(
          fromKeys.filter((k) => shared.has(k)),
          toKeys.filter((k) => shared.has(k)),
        ),
      );

      for (const block of compared) {
        if (block.change === 'unchanged') expect(block.segments.every((s) => s.op === 'equal')).toBe(true);
        if (block.change === 'new') expect(block.segments.every((s) => s.op === 'insert')).toBe(true);
        if (block.change === 'deleted') expect(block.segments.every((s) => s.op === 'delete')).toBe(true);
      }
    }
  });
});
