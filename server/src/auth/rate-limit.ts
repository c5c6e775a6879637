import { attemptOnce, type Admission, type Clock } from './admission.ts';
import { BoundedMap } from '../limits/bounded-map.ts';

export interface RateLimitPolicy {
  /** Failures allowed per key within the window. */
  limit: number;
  windowMs: number;
  /** Most keys remembered at once. */
  capacity: number;
}

interface WindowState {
  /** When the recent failures happened, oldest first; never more than `limit` of them. */
  failures: number[];
  /** Attempts admitted and still being verified: each may yet be a failure. */
  pending: number;
}

/**
 * Allows each key (a client address) a budget of failures in a sliding window, held in memory: enough for
 * one server process. Attempts hold a slot while they are verified, so a burst cannot overrun the budget.
 *
 * @example
 * const admission = limiter.admit(address);
 * if (!admission.admitted) respondTooMany(admission.retryAfterMs);
 */
export class RateLimiter {
  private readonly keys: BoundedMap<WindowState>;

  constructor(
    private readonly policy: RateLimitPolicy,
    private readonly now: Clock = Date.now,
  ) {
    this.keys = new BoundedMap<WindowState>({
      capacity: policy.capacity,
      isIdle: (state, at) => state.pending === 0 && this.recent(state, at).length === 0,
      isBusy: (state) => state.pending > 0,
    });
  }

  /** Keys remembered now (bounded by the policy's capacity). */
  get size(): number {
    return this.keys.size;
  }

  admit(key: string): Admission {
    const now = this.now();
    const state = this.keys.get(key) ?? { failures: [], pending: 0 };
    state.failures = this.recent(state, now);
    const free = this.policy.limit - state.failures.length - state.pending;
    if (free <= 0) return { admitted: false, retryAfterMs: this.retryAfter(state, now) };
    state.pending++;
    this.keys.set(key, state, now);
    return { admitted: true, attempt: attemptOnce((result) => this.end(key, state, result)) };
  }

  private end(key: string, state: WindowState, result: 'succeeded' | 'failed' | 'cancelled'): void {
    const now = this.now();
    state.pending--;
    if (result === 'failed') state.failures = [...this.recent(state, now), now].slice(-this.policy.limit);
    if (state.pending === 0 && state.failures.length === 0) this.keys.delete(key);
    else this.keys.set(key, state, now);
  }

  /** Until enough failures leave the window for one more attempt (or pending ones end, about a second). */
  private retryAfter(state: WindowState, now: number): number {
    const mustExpire = state.failures.length - (this.policy.limit - state.pending - 1);
    // Only asked when the budget is spent, so mustExpire is at least 1.
    const deciding = state.failures[mustExpire - 1];
    if (deciding === undefined) return 1000;
    return deciding + this.policy.windowMs - now;
  }

  private recent(state: WindowState, now: number): number[] {
    return state.failures.filter((t) => now - t < this.policy.windowMs);
  }
}
