import { describe, expect, it } from 'vitest';
import { TokenBucket } from './token-bucket.ts';

function takeAll(bucket: TokenBucket, count: number, at: number): number {
  let allowed = 0;
  for (let i = 0; i < count; i++) if (bucket.take(at)) allowed++;
  return allowed;
}

describe('TokenBucket', () => {
  it('allows a burst up to its capacity, then refuses until time refills it', () => {
    const bucket = new TokenBucket(30, 60, 0);
    expect(takeAll(bucket, 100, 0)).toBe(60);
    expect(bucket.take(10)).toBe(false);
    expect(takeAll(bucket, 100, 1000)).toBe(30);
  });

  it('sustains exactly its rate over time', () => {
    const bucket = new TokenBucket(30, 60, 0);
    takeAll(bucket, 60, 0);
    let allowed = 0;
    for (let t = 100; t <= 10_000; t += 100) for (let i = 0; i < 10; i++) if (bucket.take(t)) allowed++;
    expect(allowed).toBe(300);
  });

  it('never holds more than its capacity after a long pause', () => {
    const bucket = new TokenBucket(30, 60, 0);
    expect(takeAll(bucket, 100, 3_600_000)).toBe(60);
  });

  it('does not refill when the clock goes backwards', () => {
    const bucket = new TokenBucket(30, 2, 1000);
    expect(takeAll(bucket, 5, 1000)).toBe(2);
    expect(bucket.take(0)).toBe(false);
    expect(bucket.take(1000)).toBe(false);
  });

  it('takes a weighted cost whole or not at all, and says when it can be taken', () => {
    const bucket = new TokenBucket(10, 20, 0);
    expect(bucket.take(0, 15)).toBe(true);
    expect(bucket.take(0, 10)).toBe(false);
    expect(bucket.msUntil(10, 0)).toBe(500);
    expect(bucket.take(499, 10)).toBe(false);
    expect(bucket.take(500, 10)).toBe(true);
    expect(bucket.msUntil(1, 500)).toBe(100);
  });

  it('counts a cost larger than its capacity as the whole bucket when saying how long to wait', () => {
    const bucket = new TokenBucket(10, 20, 0);
    expect(bucket.msUntil(100, 0)).toBe(0);
    expect(bucket.isFull(0)).toBe(true);
    bucket.take(0, 20);
    expect(bucket.isFull(1999)).toBe(false);
    expect(bucket.isFull(2000)).toBe(true);
  });
});
