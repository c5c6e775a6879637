import { describe, expect, it } from 'vitest';
import { BucketsByKey } from './buckets-by-key.ts';

describe('BucketsByKey', () => {
  it('keeps one allowance per key and says how long the one over it must wait', () => {
    const buckets = new BucketsByKey({ perSecond: 2, burst: 3 });
    expect([0, 1, 2, 3].map(() => buckets.take('eu', 1, 0))).toEqual([0, 0, 0, 500]);
    expect(buckets.take('g77', 1, 0)).toBe(0);
    expect(buckets.take('eu', 2, 0)).toBe(1000);
    expect(buckets.take('eu', 1, 500)).toBe(0);
  });
});
