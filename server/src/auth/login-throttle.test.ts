import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.ts';

function setup() {
  const clock = { now: 0 };
  const throttle = new LoginThrottle({
    account: { freeFailures: 3, baseDelayMs: 1000 },
    address: { limit: 5, windowMs: 60_000 },
    now: () => clock.now,
  });
  return { clock, throttle };
}

function failFrom(throttle: LoginThrottle, address: string, email: string) {
  const admission = throttle.admit(address, email);
  if (!admission.admitted) throw new Error(`refused: ${address} ${email}`);
  admission.attempt.failed();
}

describe('LoginThrottle', () => {
  it('locks the account whatever address the guesses come from', () => {
    const { throttle } = setup();
    for (let i = 0; i < 3; i++) failFrom(throttle, `10.0.0.${i}`, 'a@x');
    expect(throttle.admit('10.0.0.9', 'a@x').admitted).toBe(false);
    expect(throttle.admit('10.0.0.9', 'b@x').admitted).toBe(true);
  });

  it('limits an address across accounts', () => {
    const { throttle } = setup();
    for (let i = 0; i < 5; i++) failFrom(throttle, '10.0.0.1', `user${i}@x`);
    expect(throttle.admit('10.0.0.1', 'fresh@x').admitted).toBe(false);
    expect(throttle.admit('10.0.0.2', 'fresh@x').admitted).toBe(true);
  });

  it('does not spend the address budget on attempts the account lock refuses', () => {
    const { throttle } = setup();
    for (let i = 0; i < 3; i++) failFrom(throttle, '10.0.0.1', 'a@x');
    for (let i = 0; i < 20; i++) expect(throttle.admit('10.0.0.1', 'a@x').admitted).toBe(false);
    failFrom(throttle, '10.0.0.1', 'b@x');
    failFrom(throttle, '10.0.0.1', 'b@x');
    expect(throttle.admit('10.0.0.1', 'b@x').admitted).toBe(false);
  });

  it('clears the account on success and admits the right password after the delay', () => {
    const { clock, throttle } = setup();
    for (let i = 0; i < 3; i++) failFrom(throttle, '10.0.0.1', 'a@x');
    const locked = throttle.admit('10.0.0.1', 'a@x');
    expect(locked).toEqual({ admitted: false, retryAfterMs: 1000 });
    clock.now += 1000;
    const admission = throttle.admit('10.0.0.1', 'a@x');
    if (!admission.admitted) throw new Error('still locked');
    admission.attempt.succeeded();
    for (let i = 0; i < 2; i++) failFrom(throttle, '10.0.0.2', 'a@x');
    expect(throttle.admit('10.0.0.2', 'a@x').admitted).toBe(true);
  });
});
