import { describe, expect, it } from 'vitest';
import { numberBlocks, type NumberableBlock } from './blockNumbers.ts';
import { currentNumbers } from './currentNumbers.ts';
import { deletedNumbers, frozenNumbers, type NumberingBaseline } from './frozenNumbers.ts';

const pp = (pid: string): NumberableBlock => ({ pid, type: 'preambularParagraph' });
const op = (pid: string): NumberableBlock => ({ pid, type: 'operativeParagraph' });
const sub = (pid: string, level = 1): NumberableBlock => ({ pid, type: 'subPoint', level });
const brief = (pid: string): NumberableBlock => ({ pid, type: 'briefParagraph' });

/** The baseline a revision of these blocks would freeze: their clean numbers. */
function issue(blocks: NumberableBlock[]): NumberingBaseline {
  const numbers = numberBlocks(blocks);
  return blocks.flatMap((block) => {
    const number = numbers.get(block.pid);
    return number ? [{ ...block, ...number }] : [];
  });
}

function labels(blocks: NumberableBlock[], baseline: NumberingBaseline): string[] {
  const numbers = frozenNumbers(blocks, baseline);
  return blocks.map((block) => numbers.get(block.pid)?.label ?? '-');
}

const ops = (count: number) => Array.from({ length: count }, (_, i) => op(`o${i + 1}`));

describe('frozenNumbers', () => {
  it('keeps every number of an unchanged text', () => {
    const blocks = [pp('p1'), pp('p2'), ...ops(3)];
    expect(labels(blocks, issue(blocks))).toEqual(['PP1', 'PP2', 'OP1', 'OP2', 'OP3']);
  });

  it('numbers a paragraph added after OP11 as 11bis, then 11ter, and moves nothing after it', () => {
    const before = ops(13);
    const baseline = issue(before);
    const after = [...before.slice(0, 11), op('new1'), op('new2'), ...before.slice(11)];
    const numbers = frozenNumbers(after, baseline);
    expect(numbers.get('new1')).toEqual({ label: 'OP11bis', margin: '11bis.' });
    expect(numbers.get('new2')?.label).toBe('OP11ter');
    expect(numbers.get('o12')?.label).toBe('OP12');
    expect(numbers.get('o13')?.label).toBe('OP13');
  });

  it('leaves a deleted paragraph its number, placed where it stood', () => {
    const before = ops(13);
    const baseline = issue(before);
    const after = before.filter((block) => block.pid !== 'o12');
    expect(labels(after, baseline).slice(10)).toEqual(['OP11', 'OP13']);
    expect(deletedNumbers(after, baseline)).toEqual([
      { pid: 'o12', type: 'operativeParagraph', label: 'OP12', margin: '12.', afterPid: 'o11' },
    ]);
  });

  it('places a deleted first paragraph before everything', () => {
    const before = ops(2);
    expect(deletedNumbers([op('o2')], issue(before))).toEqual([expect.objectContaining({ pid: 'o1', afterPid: null })]);
  });

  it('numbers a paragraph added in place of a deleted one after the paragraph before it', () => {
    const before = ops(3);
    const after = [op('o1'), op('x'), op('o3')];
    expect(labels(after, issue(before))).toEqual(['OP1', 'OP1bis', 'OP3']);
  });

  it('numbers a paragraph added before the first one 0bis', () => {
    const before = ops(2);
    expect(labels([op('x'), ...before], issue(before))).toEqual(['OP0bis', 'OP1', 'OP2']);
  });

  it('keeps the numbers of a moved paragraph and hangs new ones on what precedes them', () => {
    const before = ops(4);
    const after = [op('o1'), op('o3'), op('x'), op('o2'), op('o4')];
    expect(labels(after, issue(before))).toEqual(['OP1', 'OP3', 'OP3bis', 'OP2', 'OP4']);
  });

  it('counts preambular, operative and brief paragraphs separately', () => {
    const before = [pp('p1'), pp('p2'), op('o1')];
    const after = [pp('p1'), pp('x'), pp('p2'), op('y'), op('o1')];
    expect(labels(after, issue(before))).toEqual(['PP1', 'PP1bis', 'PP2', 'OP0bis', 'OP1']);
    const briefs = [brief('b1'), brief('b2')];
    expect(labels([brief('b1'), brief('n'), brief('b2')], issue(briefs))).toEqual(['¶1', '¶1bis', '¶2']);
  });

  it('gives a new sub-point a bis letter after a kept one, and fresh letters under a new paragraph', () => {
    const before = [op('o1'), sub('a'), sub('b'), op('o2')];
    const after = [op('o1'), sub('a'), sub('n1'), sub('b'), op('o1bis'), sub('f1'), sub('f2'), op('o2')];
    expect(labels(after, issue(before))).toEqual(['OP1', 'OP1(a)', 'OP1(abis)', 'OP1(b)', 'OP1bis', 'OP1bis(a)', 'OP1bis(b)', 'OP2']);
  });

  it('letters the first sub-points of a kept paragraph that had none', () => {
    const before = [op('o1'), op('o2')];
    expect(labels([op('o1'), sub('a'), sub('b'), op('o2')], issue(before))).toEqual(['OP1', 'OP1(a)', 'OP1(b)', 'OP2']);
  });

  it('treats a sub-point moved under another paragraph as new there, leaving its old number behind', () => {
    const before = [op('o1'), sub('a'), op('o2'), sub('c')];
    const after = [op('o1'), op('o2'), sub('c'), sub('a')];
    expect(labels(after, issue(before))).toEqual(['OP1', 'OP2', 'OP2(a)', 'OP2(abis)']);
    expect(deletedNumbers(after, issue(before)).map((d) => d.label)).toEqual(['OP1(a)']);
  });

  it('leaves the old number of a sub-point whose level changed', () => {
    const before = [op('o1'), sub('a'), sub('b'), sub('c')];
    const after = [op('o1'), sub('a'), sub('b', 2), sub('c')];
    expect(labels(after, issue(before))).toEqual(['OP1', 'OP1(a)', 'OP1(a)(i)', 'OP1(c)']);
    expect(deletedNumbers(after, issue(before))).toEqual([expect.objectContaining({ label: 'OP1(b)', afterPid: 'a' })]);
  });

  it('numbers level-2 points with roman numerals, bis after a kept one', () => {
    const before = [op('o1'), sub('a'), sub('i', 2), sub('ii', 2)];
    const after = [op('o1'), sub('a'), sub('i', 2), sub('n', 2), sub('ii', 2)];
    expect(labels(after, issue(before))).toEqual(['OP1', 'OP1(a)', 'OP1(a)(i)', 'OP1(a)(ibis)', 'OP1(a)(ii)']);
  });

  it('treats a paragraph whose kind changed as deleted and added', () => {
    const before = [pp('p1'), op('o1')];
    const after = [op('p1'), op('o1')];
    expect(labels(after, issue(before))).toEqual(['OP0bis', 'OP1']);
    expect(deletedNumbers(after, issue(before)).map((d) => d.label)).toEqual(['PP1']);
  });

  it('renumbers cleanly at the next issue', () => {
    const before = ops(12);
    const during = [...before.slice(0, 11), op('x'), ...before.slice(11)];
    const next = issue(during);
    expect(next.map((b) => b.label).slice(10)).toEqual(['OP11', 'OP12', 'OP13']);
    expect(labels(during, next)).toEqual(next.map((b) => b.label));
  });
});

describe('currentNumbers', () => {
  it('numbers cleanly before any revision and frozen after one', () => {
    const before = ops(2);
    const after = [op('x'), ...before];
    expect(currentNumbers(after, null).get('x')?.label).toBe('OP1');
    expect(currentNumbers(after, []).get('x')?.label).toBe('OP1');
    expect(currentNumbers(after, issue(before)).get('x')?.label).toBe('OP0bis');
  });
});
