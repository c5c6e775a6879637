import { BoundedMap } from './bounded-map.ts';
import type { RateLimit } from './limits.ts';
import { TokenBucket } from './token-bucket.ts';

/** Most keys remembered at once: a refilled bucket is dropped first, then the least recently used. */
const CAPACITY = 50_000;

/** One token bucket per key (a user, a client address), created on first use. */
export class BucketsByKey {
  private readonly buckets = new BoundedMap<TokenBucket>({
    capacity: CAPACITY,
    isIdle: (bucket, now) => bucket.isFull(now),
    isBusy: () => false,
  });

  constructor(private readonly limit: RateLimit) {}

  /** Takes `cost` from the key's bucket: 0 when allowed, else the milliseconds to wait before it would be. */
  take(key: string, cost = 1, now = Date.now()): number {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(this.limit.perSecond, this.limit.burst, now);
      this.buckets.set(key, bucket, now);
    }
    return bucket.take(now, cost) ? 0 : Math.max(1, bucket.msUntil(cost, now));
  }
}
