import type { RateLimit } from './limits.ts';
import { TokenBucket } from './token-bucket.ts';

/** Full buckets are forgotten this often, so that memory follows the users of the last minute, not of all time. */
const SWEEP_EVERY_MS = 60_000;

/** One token bucket per key (a user, a client address), created on first use. */
export class BucketsByKey {
  private readonly buckets = new Map<string, TokenBucket>();
  private sweptAt = Date.now();

  constructor(private readonly limit: RateLimit) {}

  /** Takes `cost` from the key's bucket: 0 when allowed, else the milliseconds to wait before it would be. */
  take(key: string, cost = 1, now = Date.now()): number {
    this.sweep(now);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(this.limit.perSecond, this.limit.burst, now);
      this.buckets.set(key, bucket);
    }
    return bucket.take(now, cost) ? 0 : Math.max(1, bucket.msUntil(cost, now));
  }

  get size(): number {
    return this.buckets.size;
  }

  private sweep(now: number): void {
    if (now - this.sweptAt < SWEEP_EVERY_MS) return;
    this.sweptAt = now;
    for (const [key, bucket] of this.buckets) if (bucket.isFull(now)) this.buckets.delete(key);
  }
}
