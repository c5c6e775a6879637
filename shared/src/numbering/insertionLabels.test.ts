import { describe, expect, it } from 'vitest';
import { alternativeLabel, insertionLabel } from './insertionLabels.ts';

describe('insertionLabel', () => {
  it('uses Latin ordinals from bis onwards', () => {
    expect([0, 1, 2, 3, 4, 8].map((i) => insertionLabel('12', i))).toEqual([
      '12bis',
      '12ter',
      '12quater',
      '12quinquies',
      '12sexies',
      '12decies',
    ]);
    expect(insertionLabel('PP3', 0)).toBe('PP3bis');
  });

  it('falls back to a plain number after the Latin list, and rejects bad indexes', () => {
    expect(insertionLabel('12', 28)).toBe('12tricies');
    expect(insertionLabel('12', 29)).toBe('12-31');
    expect(() => insertionLabel('12', -1)).toThrow(RangeError);
    expect(() => insertionLabel('12', 1.5)).toThrow(RangeError);
  });
});

describe('alternativeLabel', () => {
  it('labels the first alternative "alt" and numbers the next ones', () => {
    expect(alternativeLabel(12, 0)).toBe('12alt');
    expect(alternativeLabel('12', 1)).toBe('12alt2');
    expect(alternativeLabel('12bis', 2)).toBe('12bisalt3');
  });
});
