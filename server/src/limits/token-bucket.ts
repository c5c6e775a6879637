/** A token bucket: allows bursts of up to `capacity` events and `ratePerSecond` events per second sustained. */
export class TokenBucket {
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly capacity: number,
    now = Date.now(),
  ) {
    this.tokens = capacity;
    this.refilledAt = now;
  }

  /** Takes `cost` tokens; false (and nothing taken) when the bucket holds fewer: the event is over the rate. */
  take(now = Date.now(), cost = 1): boolean {
    this.refill(now);
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  /** Milliseconds until `cost` tokens are in the bucket again (0 when they are now). */
  msUntil(cost: number, now = Date.now()): number {
    this.refill(now);
    const missing = Math.min(cost, this.capacity) - this.tokens;
    return missing <= 0 ? 0 : Math.ceil((missing * 1000) / this.ratePerSecond);
  }

  /** Whether the bucket has refilled completely: it then remembers nothing a fresh one would not. */
  isFull(now = Date.now()): boolean {
    this.refill(now);
    return this.tokens >= this.capacity;
  }

  private refill(now: number): void {
    if (now <= this.refilledAt) return;
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.refilledAt) * this.ratePerSecond) / 1000);
    this.refilledAt = now;
  }
}
