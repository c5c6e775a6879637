import { describe, expect, it } from 'vitest';
import { PendingLogins } from './pending-logins.ts';

const login = { codeVerifier: 'v', nonce: 'n', returnTo: '/' };

function setup(capacity = 100) {
  const clock = { now: 0 };
  return { clock, logins: new PendingLogins(10 * 60_000, capacity, () => clock.now) };
}

describe('PendingLogins', () => {
  it('gives a login back once: a replayed state finds nothing', () => {
    const { logins } = setup();
    logins.add('s1', login);
    expect(logins.take('s1')).toMatchObject({ ...login, createdAt: 0 });
    expect(logins.take('s1')).toBeUndefined();
    expect(logins.take('never-issued')).toBeUndefined();
  });

  it('forgets a login after ten minutes', () => {
    const { clock, logins } = setup();
    logins.add('s1', login);
    logins.add('s2', login);
    clock.now = 10 * 60_000 - 1;
    expect(logins.take('s1')).toBeDefined();
    clock.now = 10 * 60_000;
    expect(logins.take('s2')).toBeUndefined();
  });

  it('stays within its capacity, dropping the expired first, then the oldest', () => {
    const { clock, logins } = setup(10);
    logins.add('old', login);
    clock.now = 11 * 60_000;
    for (let i = 0; i < 30; i++) logins.add(`s${i}`, login);
    expect(logins.size).toBeLessThanOrEqual(10);
    expect(logins.take('old')).toBeUndefined();
    expect(logins.take('s29')).toBeDefined();
    expect(logins.take('s0')).toBeUndefined();
  });
});
