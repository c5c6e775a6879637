import { describe, expect, it } from 'vitest';
import { block, documentOf } from '../schema/testEditor.ts';
import { withUniquePids } from './withUniquePids.ts';

describe('withUniquePids', () => {
  it('fills missing pids and renames repeats after the first, leaving the input untouched', () => {
    const input = documentOf(
      block('title', 'T'),
      block('operativeParagraph', 'One', { pid: 'dup' }),
      block('operativeParagraph', 'Two', { pid: 'dup' }),
      block('briefParagraph', 'Three'),
    );
    const output = withUniquePids(input);
    const pids = output.content!.map((node) => node.attrs?.pid);
    expect(pids[0]).toBeUndefined();
    expect(pids[1]).toBe('dup');
    expect(pids[2]).toMatch(/^[0-9a-z]{10}$/);
    expect(pids[3]).toMatch(/^[0-9a-z]{10}$/);
    expect(new Set(pids.slice(1)).size).toBe(3);
    expect(input.content![2]?.attrs?.pid).toBe('dup');
    expect(input.content![3]?.attrs?.pid).toBeUndefined();
  });
});
