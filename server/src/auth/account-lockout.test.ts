import { describe, expect, it } from 'vitest';
import type { Admission, Attempt } from './admission.ts';
import { AccountLockout, DEFAULT_ACCOUNT_LOCKOUT } from './account-lockout.ts';

const policy = { ...DEFAULT_ACCOUNT_LOCKOUT, freeFailures: 3, baseDelayMs: 1000, maxDelayMs: 8000, forgetAfterMs: 60_000, capacity: 100 };

function setup() {
  const clock = { now: 0 };
  const lockout = new AccountLockout(policy, () => clock.now);
  return { clock, lockout };
}

function admitted(admission: Admission): Attempt {
  if (!admission.admitted) throw new Error(`refused for ${admission.retryAfterMs} ms`);
  return admission.attempt;
}

function retryAfter(admission: Admission): number {
  if (admission.admitted) throw new Error('admitted');
  return admission.retryAfterMs;
}

function fail(lockout: AccountLockout, key: string, times: number) {
  for (let i = 0; i < times; i++) admitted(lockout.admit(key)).failed();
}

describe('AccountLockout', () => {
  it('locks after the free failures, for a delay that doubles with each further failure up to the cap', () => {
    const { clock, lockout } = setup();
    fail(lockout, 'a@x', 3);
    expect(retryAfter(lockout.admit('a@x'))).toBe(1000);
    const delays = [];
    for (let i = 0; i < 5; i++) {
      clock.now += retryAfter(lockout.admit('a@x'));
      fail(lockout, 'a@x', 1);
      delays.push(retryAfter(lockout.admit('a@x')));
    }
    expect(delays).toEqual([2000, 4000, 8000, 8000, 8000]);
  });

  it('refuses while locked and admits once the delay has passed', () => {
    const { clock, lockout } = setup();
    fail(lockout, 'a@x', 3);
    clock.now += 999;
    expect(retryAfter(lockout.admit('a@x'))).toBe(1);
    clock.now += 1;
    admitted(lockout.admit('a@x')).succeeded();
  });

  it('lets at most the free failures through at once, counting attempts before they end', () => {
    const { lockout } = setup();
    const burst = Array.from({ length: 10 }, () => lockout.admit('a@x'));
    expect(burst.filter((a) => a.admitted)).toHaveLength(3);
    expect(burst.filter((a) => !a.admitted).every((a) => retryAfter(a) === 1000)).toBe(true);
  });

  it('verifies one attempt at a time once the free failures are used up', () => {
    const { clock, lockout } = setup();
    fail(lockout, 'a@x', 3);
    clock.now += 1000;
    const first = admitted(lockout.admit('a@x'));
    expect(retryAfter(lockout.admit('a@x'))).toBe(2000);
    first.failed();
    expect(retryAfter(lockout.admit('a@x'))).toBe(2000);
  });

  it('clears the failures on a successful sign-in', () => {
    const { lockout } = setup();
    fail(lockout, 'a@x', 2);
    admitted(lockout.admit('a@x')).succeeded();
    fail(lockout, 'a@x', 2);
    admitted(lockout.admit('a@x')).failed();
    expect(retryAfter(lockout.admit('a@x'))).toBe(1000);
  });

  it('keeps accounts apart', () => {
    const { lockout } = setup();
    fail(lockout, 'a@x', 3);
    expect(lockout.admit('a@x').admitted).toBe(false);
    admitted(lockout.admit('b@x')).succeeded();
  });

  it('forgets failures a while after the last one', () => {
    const { clock, lockout } = setup();
    fail(lockout, 'a@x', 2);
    clock.now += 60_000;
    fail(lockout, 'a@x', 2);
    expect(lockout.admit('a@x').admitted).toBe(true);
  });

  it('gives the slot back when an attempt is cancelled, and counts each attempt once', () => {
    const { lockout } = setup();
    for (let i = 0; i < 10; i++) admitted(lockout.admit('a@x')).cancelled();
    const attempt = admitted(lockout.admit('a@x'));
    attempt.failed();
    attempt.failed();
    attempt.succeeded();
    fail(lockout, 'a@x', 2);
    expect(lockout.admit('a@x').admitted).toBe(false);
  });

  it('forgets an account at once after a successful sign-in', () => {
    const { lockout } = setup();
    for (let i = 0; i < 500; i++) admitted(lockout.admit(`user${i}@x`)).succeeded();
    expect(lockout.size).toBe(0);
  });

  it('drops forgotten accounts first when full, so a locked one stays locked', () => {
    const { clock, lockout } = setup();
    for (let i = 0; i < 90; i++) fail(lockout, `old${i}@x`, 1);
    clock.now += 60_000;
    fail(lockout, 'locked@x', 3);
    for (let i = 0; i < 20; i++) fail(lockout, `typo${i}@x`, 1);
    expect(lockout.size).toBe(21);
    expect(lockout.admit('locked@x').admitted).toBe(false);
  });

  it('never remembers more accounts than its capacity', () => {
    const { lockout } = setup();
    for (let i = 0; i < 1000; i++) fail(lockout, `typo${i}@x`, 1);
    expect(lockout.size).toBeLessThanOrEqual(policy.capacity);
    fail(lockout, 'typo999@x', 2);
    expect(lockout.admit('typo999@x').admitted).toBe(false);
  });
});
