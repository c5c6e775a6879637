import { describe, expect, it } from 'vitest';
import { applySplices, applyTextChange } from './text-change.ts';

describe('applyTextChange', () => {
  it('returns no splices for identical text', () => {
    expect(applyTextChange('same text', 'same text')).toEqual([]);
    expect(applyTextChange('', '')).toEqual([]);
  });

  it('touches only the changed characters of a replaced word', () => {
    const splices = applyTextChange('States should protect', 'States shall protect');
    expect(splices).toEqual([
      { index: 9, deleteCount: 2, insert: 'a' },
      { index: 12, deleteCount: 1, insert: 'l' },
    ]);
    expect(applySplices('States should protect', splices)).toBe('States shall protect');
  });

  it('gives ascending indices relative to the original string', () => {
    const before = 'migrants, including women, in';
    const after = 'migrants; including girls, in';
    const splices = applyTextChange(before, after);
    expect(splices.map((s) => s.index)).toEqual([8, 20]);
    expect(splices[1]).toEqual({ index: 20, deleteCount: 5, insert: 'girls' });
    expect(applySplices(before, splices)).toBe(after);
  });

  it('inserts into and deletes from empty text', () => {
    expect(applyTextChange('', 'new')).toEqual([{ index: 0, deleteCount: 0, insert: 'new' }]);
    expect(applyTextChange('old', '')).toEqual([{ index: 0, deleteCount: 3, insert: '' }]);
  });

  it('counts UTF-16 code units but never splits a surrogate pair', () => {
    const splices = applyTextChange('a 😀 b', 'a 😃 b');
    expect(splices).toEqual([{ index: 2, deleteCount: 2, insert: '😃' }]);
    const after = applyTextChange('𝒜𝒝 x', '𝒜𝒞 x');
    expect(after).toEqual([{ index: 2, deleteCount: 2, insert: '𝒞' }]);
  });

  it('handles Arabic and Chinese', () => {
    const arabic = applyTextChange('حقوق الإنسان للمهاجرين', 'حقوق الإنسان لجميع المهاجرين');
    expect(applySplices('حقوق الإنسان للمهاجرين', arabic)).toBe('حقوق الإنسان لجميع المهاجرين');
    expect(applyTextChange('移民的人权', '移民的基本人权')).toEqual([{ index: 3, deleteCount: 0, insert: '基本' }]);
  });
});
