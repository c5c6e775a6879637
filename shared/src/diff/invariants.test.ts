import { describe, expect, it } from 'vitest';
import { diffWords } from './diff-words.ts';
import { rebaseProposal } from './rebase.ts';
import { seededRandom } from './seeded-random.test-helper.ts';
import { applySplices, applyTextChange } from './text-change.ts';
import { tokenize } from './tokenize.ts';

const PIECES = [
  'the',
  'rights',
  'of',
  'migrants',
  'States',
  'shall',
  'should',
  "don't",
  'self-reliance',
  'Réfugiés',
  'Re\u0301fugie\u0301s',
  'права',
  'حقوق',
  'الإنسان',
  'للمهاجرين',
  '移',
  '民',
  '的',
  '人',
  '权',
  'の',
  '이주',
  '10.7',
  '258,000,000',
  ',',
  ';',
  '.',
  '(a)',
  '"',
  '—',
  '-',
  "'",
  '😀',
  '👨‍👩‍👧',
  '🇫🇷',
  '𝒜',
  ' ',
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '\t',
];

type Random = ReturnType<typeof seededRandom>;

const randomText = (random: Random, pieces: number) => Array.from({ length: pieces }, () => random.pick(PIECES)).join('');

/** Random edits at code point boundaries, so inputs stay well-formed UTF-16. */
function mutate(random: Random, text: string): string {
  const chars = Array.from(text);
  const edits = 1 + random.int(4);
  for (let e = 0; e < edits; e++) {
    const at = random.int(chars.length + 1);
    const removed = random.next() < 0.6 ? random.int(Math.min(6, chars.length - at) + 1) : 0;
    const added = random.next() < 0.7 ? Array.from(randomText(random, 1 + random.int(3))) : [];
    chars.splice(at, removed, ...added);
  }
  return chars.join('');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function splitsSurrogatePair(text: string, index: number): boolean {
  return /[\uD800-\uDBFF]/.test(text[index - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[index] ?? '');
}

const ROUNDS = 400;

describe('invariants on seeded random edits', () => {
  it('tokenize joins back to its input and never splits a surrogate pair', () => {
    const random = seededRandom(1);
    for (let round = 0; round < ROUNDS; round++) {
      const text = mutate(random, randomText(random, random.int(30)));
      const tokens = tokenize(text);
      expect(tokens.join('')).toBe(text);
      for (const token of tokens) {
        expect(token).not.toBe('');
        expect(LONE_SURROGATE.test(token)).toBe(false);
      }
    }
  });

  it('diffWords reconstructs both texts and reads as a clean redline', () => {
    const random = seededRandom(2);
    for (let round = 0; round < ROUNDS; round++) {
      const before = randomText(random, random.int(40));
      const after = mutate(random, before);
      const ops = diffWords(before, after);
      const context = { before, after, ops };
      expect(
        ops
          .filter((o) => o.op !== 'insert')
          .map((o) => o.text)
          .join(''),
        JSON.stringify(context),
      ).toBe(before);
      expect(
        ops
          .filter((o) => o.op !== 'delete')
          .map((o) => o.text)
          .join(''),
        JSON.stringify(context),
      ).toBe(after);
      ops.forEach((op, i) => {
        expect(op.text).not.toBe('');
        expect(LONE_SURROGATE.test(op.text)).toBe(false);
        const previous = ops[i - 1];
        if (previous) {
          expect(previous.op).not.toBe(op.op);
          expect(previous.op === 'insert' && op.op === 'delete').toBe(false);
        }
        const between = previous && previous.op !== 'equal' && ops[i + 1] && ops[i + 1]?.op !== 'equal';
        if (op.op === 'equal' && between) expect(op.text.trim(), JSON.stringify(context)).not.toBe('');
      });
    }
  });

  it('applyTextChange splices reproduce the new text', () => {
    const random = seededRandom(3);
    for (let round = 0; round < ROUNDS; round++) {
      const before = randomText(random, random.int(40));
      const after = mutate(random, before);
      const splices = applyTextChange(before, after);
      expect(applySplices(before, splices)).toBe(after);
      splices.forEach((splice, i) => {
        expect(splice.deleteCount + splice.insert.length).toBeGreaterThan(0);
        expect(splitsSurrogatePair(before, splice.index)).toBe(false);
        expect(splitsSurrogatePair(before, splice.index + splice.deleteCount)).toBe(false);
        expect(LONE_SURROGATE.test(splice.insert)).toBe(false);
        const previous = splices[i - 1];
        if (previous) expect(splice.index).toBeGreaterThan(previous.index + previous.deleteCount);
      });
      if (before === after) expect(splices).toEqual([]);
    }
  });

  it('rebaseProposal merges edits made to separate parts of a paragraph', () => {
    const random = seededRandom(4);
    const separator = '\nUNCHANGEDANCHOR\n';
    for (let round = 0; round < ROUNDS; round++) {
      const head = randomText(random, random.int(20));
      const tail = randomText(random, random.int(20));
      const base = head + separator + tail;
      const proposedHead = mutate(random, head);
      const currentTail = mutate(random, tail);
      const proposeFirst = random.next() < 0.5;
      const proposed = proposeFirst ? proposedHead + separator + tail : head + separator + currentTail;
      const current = proposeFirst ? head + separator + currentTail : proposedHead + separator + tail;
      expect(rebaseProposal(base, proposed, current), JSON.stringify({ base, proposed, current })).toEqual({
        status: 'clean',
        text: proposedHead + separator + currentTail,
      });
    }
  });

  it('rebaseProposal is trivial when one side did not change or both did the same', () => {
    const random = seededRandom(5);
    for (let round = 0; round < ROUNDS; round++) {
      const base = randomText(random, random.int(30));
      const edited = mutate(random, base);
      expect(rebaseProposal(base, edited, base)).toEqual({ status: 'clean', text: edited });
      expect(rebaseProposal(base, base, edited)).toEqual({ status: 'clean', text: edited });
      expect(rebaseProposal(base, edited, edited)).toEqual({ status: 'clean', text: edited });
    }
  });

  it('rebaseProposal conflicts exactly cover text present in the base', () => {
    const random = seededRandom(6);
    for (let round = 0; round < ROUNDS; round++) {
      const base = randomText(random, random.int(30));
      const proposed = mutate(random, base);
      const current = mutate(random, base);
      const result = rebaseProposal(base, proposed, current);
      if (result.status === 'clean') continue;
      expect(result.conflicts.length).toBeGreaterThan(0);
      for (const conflict of result.conflicts) {
        expect(base.slice(conflict.baseOffset, conflict.baseOffset + conflict.base.length)).toBe(conflict.base);
        expect(conflict.proposed).not.toBe(conflict.current);
      }
    }
  });
});
