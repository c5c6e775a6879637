import { assert, describe, expect, it } from 'vitest';
import type { Admission, Attempt } from './admission.ts';
import { RateLimiter } from './rate-limit.ts';

const policy = { limit: 4, windowMs: 10_000, capacity: 50 };

function setup() {
  const clock = { now: 0 };
  return { clock, limiter: new RateLimiter(policy, () => clock.now) };
}

function admitted(admission: Admission): Attempt {
  if (!admission.admitted) throw new Error(`refused for ${admission.retryAfterMs} ms`);
  return admission.attempt;
}

function retryAfter(admission: Admission): number {
  if (admission.admitted) throw new Error('admitted');
  return admission.retryAfterMs;
}

describe('RateLimiter', () => {
  it('allows the limit of failures in the window, then refuses until the oldest leaves it', () => {
    const { clock, limiter } = setup();
    for (let i = 0; i < 4; i++) {
      admitted(limiter.admit('10.0.0.1')).failed();
      clock.now += 1000;
    }
    expect(retryAfter(limiter.admit('10.0.0.1'))).toBe(6000);
    clock.now += 6000;
    admitted(limiter.admit('10.0.0.1')).failed();
    expect(retryAfter(limiter.admit('10.0.0.1'))).toBe(1000);
  });

  it('counts attempts still being verified, so a burst gets no more than the limit through', () => {
    const { limiter } = setup();
    const burst = Array.from({ length: 20 }, () => limiter.admit('10.0.0.1'));
    expect(burst.filter((a) => a.admitted)).toHaveLength(4);
    const last = burst[19];
    assert(last, 'the twentieth attempt');
    expect(retryAfter(last)).toBe(1000);
  });

  it('does not count successes or cancelled attempts against the budget', () => {
    const { limiter } = setup();
    for (let i = 0; i < 10; i++) admitted(limiter.admit('10.0.0.1')).succeeded();
    for (let i = 0; i < 10; i++) admitted(limiter.admit('10.0.0.1')).cancelled();
    for (let i = 0; i < 3; i++) admitted(limiter.admit('10.0.0.1')).failed();
    admitted(limiter.admit('10.0.0.1')).failed();
    expect(limiter.admit('10.0.0.1').admitted).toBe(false);
  });

  it('keeps keys apart', () => {
    const { limiter } = setup();
    for (let i = 0; i < 4; i++) admitted(limiter.admit('10.0.0.1')).failed();
    expect(limiter.admit('10.0.0.1').admitted).toBe(false);
    expect(limiter.admit('10.0.0.2').admitted).toBe(true);
  });

  it('forgets keys whose failures have all left the window, and never holds more than its capacity', () => {
    const { clock, limiter } = setup();
    for (let i = 0; i < 30; i++) admitted(limiter.admit(`10.0.0.${i}`)).failed();
    clock.now += 10_000;
    for (let i = 0; i < 30; i++) admitted(limiter.admit(`10.0.1.${i}`)).failed();
    expect(limiter.size).toBe(30);
    for (let i = 0; i < 500; i++) admitted(limiter.admit(`10.1.${i >> 8}.${i & 255}`)).failed();
    expect(limiter.size).toBeLessThanOrEqual(policy.capacity);
  });
});
