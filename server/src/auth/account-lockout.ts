import { attemptOnce, type Admission, type Clock } from './admission.ts';
import { BoundedMap } from '../limits/bounded-map.ts';

export interface AccountLockoutPolicy {
  /** Failed sign-ins an account may have before it is locked. */
  freeFailures: number;
  /** The lock after the last free failure; each further failure doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** An account's failures are forgotten this long after the last one. */
  forgetAfterMs: number;
  /** Most accounts remembered at once. */
  capacity: number;
}

export const DEFAULT_ACCOUNT_LOCKOUT: AccountLockoutPolicy = {
  freeFailures: 5,
  baseDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 24 * 60 * 60_000,
  capacity: 50_000,
};

interface AccountState {
  failures: number;
  lastFailureAt: number;
  lockedUntil: number;
  /** Attempts admitted and still being verified: each may yet be a failure. */
  pending: number;
}

/**
 * Locks an account (any email, known or not, so that a lock says nothing about which accounts exist) after
 * repeated failed sign-ins, for a delay that grows with every further failure. A successful sign-in clears it.
 *
 * @example
 * const admission = lockout.admit(email);
 * if (admission.admitted) (await verify()) ? admission.attempt.succeeded() : admission.attempt.failed();
 */
export class AccountLockout {
  private readonly accounts: BoundedMap<AccountState>;

  constructor(
    private readonly policy: AccountLockoutPolicy = DEFAULT_ACCOUNT_LOCKOUT,
    private readonly now: Clock = Date.now,
  ) {
    this.accounts = new BoundedMap<AccountState>({
      capacity: policy.capacity,
      isIdle: (state, at) => state.pending === 0 && this.forgotten(state, at),
      isBusy: (state) => state.pending > 0,
    });
  }

  /** The lock that follows the given number of failures (0 while some are still free). */
  delayAfter(failures: number): number {
    const { freeFailures, baseDelayMs, maxDelayMs } = this.policy;
    if (failures < freeFailures) return 0;
    return Math.min(maxDelayMs, baseDelayMs * 2 ** (failures - freeFailures));
  }

  /** Keys remembered now (bounded by the policy's capacity). */
  get size(): number {
    return this.accounts.size;
  }

  admit(key: string): Admission {
    const now = this.now();
    const state = this.accounts.get(key) ?? { failures: 0, lastFailureAt: 0, lockedUntil: 0, pending: 0 };
    if (this.forgotten(state, now)) Object.assign(state, { failures: 0, lockedUntil: 0 });
    if (now < state.lockedUntil) return { admitted: false, retryAfterMs: state.lockedUntil - now };
    // Pending attempts count as failures until they end; once the free ones are used up, one at a time.
    const slots = state.failures < this.policy.freeFailures ? this.policy.freeFailures - state.failures : 1;
    if (state.pending >= slots) return { admitted: false, retryAfterMs: this.delayAfter(state.failures + state.pending) };
    state.pending++;
    this.accounts.set(key, state, now);
    return { admitted: true, attempt: attemptOnce((result) => this.end(key, state, result)) };
  }

  private end(key: string, state: AccountState, result: 'succeeded' | 'failed' | 'cancelled'): void {
    const now = this.now();
    state.pending--;
    if (result === 'succeeded') Object.assign(state, { failures: 0, lockedUntil: 0 });
    if (result === 'failed') {
      state.failures++;
      state.lastFailureAt = now;
      state.lockedUntil = Math.max(state.lockedUntil, now + this.delayAfter(state.failures));
    }
    if (state.pending === 0 && state.failures === 0) this.accounts.delete(key);
    else this.accounts.set(key, state, now);
  }

  private forgotten(state: AccountState, now: number): boolean {
    return state.failures === 0 || (now >= state.lockedUntil && now - state.lastFailureAt >= this.policy.forgetAfterMs);
  }
}
