import { describe, expect, it } from 'vitest';
import { numberBlocks, type NumberableBlock } from './blockNumbers.ts';

const pp = (pid: string): NumberableBlock => ({ pid, type: 'preambularParagraph' });
const op = (pid: string): NumberableBlock => ({ pid, type: 'operativeParagraph' });
const sub = (pid: string, level = 1): NumberableBlock => ({ pid, type: 'subPoint', level });
const heading = (pid: string): NumberableBlock => ({ pid, type: 'sectionHeading' });
const brief = (pid: string): NumberableBlock => ({ pid, type: 'briefParagraph' });

function labels(blocks: NumberableBlock[]): Record<string, string> {
  return Object.fromEntries([...numberBlocks(blocks)].map(([pid, n]) => [pid, n.label]));
}

describe('numberBlocks', () => {
  it('numbers preambular and operative paragraphs, operative ones continuously across sections', () => {
    const numbers = numberBlocks([pp('a'), pp('b'), heading('h1'), op('c'), op('d'), heading('h2'), op('e')]);
    expect(numbers.get('b')).toEqual({ label: 'PP2', margin: 'PP2' });
    expect(numbers.get('c')).toEqual({ label: 'OP1', margin: '1.' });
    expect(numbers.get('e')).toEqual({ label: 'OP3', margin: '3.' });
    expect(numbers.has('h1')).toBe(false);
    expect(numbers.size).toBe(5);
  });

  it('letters sub-points after their paragraph and restarts after each paragraph', () => {
    const numbers = numberBlocks([op('o1'), sub('a'), sub('b'), op('o2'), sub('c'), pp('p1'), sub('d')]);
    expect(numbers.get('a')).toEqual({ label: 'OP1(a)', margin: '(a)' });
    expect(numbers.get('b')).toEqual({ label: 'OP1(b)', margin: '(b)' });
    expect(numbers.get('c')).toEqual({ label: 'OP2(a)', margin: '(a)' });
    expect(numbers.get('d')).toEqual({ label: 'PP1(a)', margin: '(a)' });
  });

  it('uses roman numerals at level 2, restarting after each level-1 sub-point', () => {
    const numbers = numberBlocks([op('o1'), sub('a'), sub('i', 2), sub('ii', 2), sub('b'), sub('i2', 2), op('o2'), sub('x', 2)]);
    expect(numbers.get('ii')).toEqual({ label: 'OP1(a)(ii)', margin: '(ii)' });
    expect(numbers.get('i2')).toEqual({ label: 'OP1(b)(i)', margin: '(i)' });
    // A level-2 point straight after its paragraph hangs on the paragraph itself.
    expect(numbers.get('x')).toEqual({ label: 'OP2(i)', margin: '(i)' });
  });

  it('continues letters past z as aa, bb, …', () => {
    const blocks = [op('o'), ...Array.from({ length: 28 }, (_, i) => sub(`s${i + 1}`))];
    const numbers = numberBlocks(blocks);
    expect(numbers.get('s26')?.margin).toBe('(z)');
    expect(numbers.get('s27')?.label).toBe('OP1(aa)');
    expect(numbers.get('s28')?.margin).toBe('(bb)');
  });

  it('numbers brief paragraphs with ¶ labels', () => {
    const numbers = numberBlocks([{ pid: 'k', type: 'briefSectionHeading' }, brief('b1'), brief('b2'), heading('h'), brief('b3')]);
    expect(numbers.get('b1')).toEqual({ label: '¶1', margin: '1.' });
    expect(numbers.get('b3')).toEqual({ label: '¶3', margin: '3.' });
  });

  it('recomputes after inserting, moving and deleting paragraphs', () => {
    const blocks = [op('x'), op('y'), sub('y1'), op('z')];
    expect(labels(blocks)).toEqual({ x: 'OP1', y: 'OP2', y1: 'OP2(a)', z: 'OP3' });

    const inserted = [op('x'), op('new'), op('y'), sub('y1'), op('z')];
    expect(labels(inserted)).toEqual({ x: 'OP1', new: 'OP2', y: 'OP3', y1: 'OP3(a)', z: 'OP4' });

    const moved = [op('z'), op('x'), op('y'), sub('y1')];
    expect(labels(moved)).toEqual({ z: 'OP1', x: 'OP2', y: 'OP3', y1: 'OP3(a)' });

    const deleted = [op('x'), sub('y1'), op('z')];
    expect(labels(deleted)).toEqual({ x: 'OP1', y1: 'OP1(a)', z: 'OP2' });
  });

  it('treats a missing level as level 1', () => {
    expect(labels([op('o'), { pid: 's', type: 'subPoint' }, { pid: 't', type: 'subPoint', level: null }])).toEqual({
      o: 'OP1',
      s: 'OP1(a)',
      t: 'OP1(b)',
    });
  });
});
