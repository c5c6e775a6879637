import { describe, expect, it } from 'vitest';
import { loadConfig, parseTrustProxy } from './config.ts';

describe('parseTrustProxy', () => {
  it('trusts no header unless asked', () => {
    for (const value of [undefined, '', 'false', '0', ' FALSE ']) expect(parseTrustProxy(value)).toBeUndefined();
  });

  it('reads X-Forwarded-For for true or a number of proxies, or the named header', () => {
    expect(parseTrustProxy('true')).toEqual({ header: 'x-forwarded-for', hops: 1 });
    expect(parseTrustProxy('1')).toEqual({ header: 'x-forwarded-for', hops: 1 });
    expect(parseTrustProxy('2')).toEqual({ header: 'x-forwarded-for', hops: 2 });
    expect(parseTrustProxy('X-Real-IP')).toEqual({ header: 'x-real-ip', hops: 1 });
  });

  it('refuses a value that is no header name', () => {
    expect(() => parseTrustProxy('x real ip')).toThrow(/TRUST_PROXY/);
  });
});

describe('LOGIN_LOCK_BASE_MS', () => {
  it('is read outside production and refused in production', () => {
    expect(loadConfig({ LOGIN_LOCK_BASE_MS: '200' }).loginLockBaseMs).toBe(200);
    expect(loadConfig({}).loginLockBaseMs).toBeUndefined();
    expect(() => loadConfig({ LOGIN_LOCK_BASE_MS: '-5' })).toThrow(/LOGIN_LOCK_BASE_MS/);
    expect(() => loadConfig({ LOGIN_LOCK_BASE_MS: '200', NODE_ENV: 'production' })).toThrow(/production/);
  });
});

describe('PLENARY_CLOCK_FILE', () => {
  it('is read outside production and refused in production', () => {
    expect(loadConfig({ PLENARY_CLOCK_FILE: '/tmp/clock' }).clockFile).toBe('/tmp/clock');
    expect(loadConfig({}).clockFile).toBeUndefined();
    expect(() => loadConfig({ PLENARY_CLOCK_FILE: '/tmp/clock', NODE_ENV: 'production' })).toThrow(/production/);
  });
});
