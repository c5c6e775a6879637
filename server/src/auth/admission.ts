/**
 * One sign-in attempt that a limiter has let through to password verification. It holds its slot from the
 * moment it is admitted, so parallel attempts cannot all slip past a count taken only after the slow hash.
 * End it exactly once; later calls are ignored.
 */
export interface Attempt {
  succeeded(): void;
  failed(): void;
  /** Gives the slot back without counting anything (another limiter refused the attempt). */
  cancelled(): void;
}

export type Admission = { admitted: true; attempt: Attempt } | { admitted: false; retryAfterMs: number };

/** The limiters' notion of time, injected so that tests need not wait. */
export type Clock = () => number;

/** Wraps the three outcomes so that only the first call counts. */
export function attemptOnce(outcome: (result: 'succeeded' | 'failed' | 'cancelled') => void): Attempt {
  let ended = false;
  const end = (result: 'succeeded' | 'failed' | 'cancelled') => {
    if (ended) return;
    ended = true;
    outcome(result);
  };
  return { succeeded: () => end('succeeded'), failed: () => end('failed'), cancelled: () => end('cancelled') };
}

/** Both attempts, ended together. */
export function bothAttempts(first: Attempt, second: Attempt): Attempt {
  return attemptOnce((result) => {
    first[result]();
    second[result]();
  });
}

/** Whole seconds for a Retry-After header: never 0, which would invite an immediate retry. */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
