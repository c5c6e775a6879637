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

describe('sign-in settings', () => {
  it('reads the session and link lifetimes, refusing what is not a positive number', () => {
    expect(loadConfig({}).sessionTtlMs).toBe(14 * 24 * 3600 * 1000);
    expect(loadConfig({ SESSION_TTL_HOURS: '8' }).sessionTtlMs).toBe(8 * 3600 * 1000);
    expect(loadConfig({ INVITATION_TTL_DAYS: '2' }).invitationTtlMs).toBe(2 * 24 * 3600 * 1000);
    for (const value of ['0', '-1', 'soon']) {
      expect(() => loadConfig({ SESSION_TTL_HOURS: value })).toThrow(/SESSION_TTL_HOURS/);
      expect(() => loadConfig({ INVITATION_TTL_DAYS: value })).toThrow(/INVITATION_TTL_DAYS/);
    }
  });

  it('turns password sign-in off only when told, and refuses a value it does not know', () => {
    expect(loadConfig({}).passwordSignIn).toBe(true);
    expect(loadConfig({ PASSWORD_SIGN_IN: 'off' }).passwordSignIn).toBe(false);
    expect(() => loadConfig({ PASSWORD_SIGN_IN: 'maybe' })).toThrow(/PASSWORD_SIGN_IN/);
  });

  it('needs the three OpenID Connect settings together, and https except on loopback', () => {
    const oidc = { OIDC_ISSUER: 'https://login.example.org/realms/un', OIDC_CLIENT_ID: 'plenary', OIDC_CLIENT_SECRET: 's3cret' };
    expect(loadConfig({}).oidc).toBeUndefined();
    expect(loadConfig({ ...oidc, OIDC_NAME: 'UN Secretariat' }).oidc).toEqual({
      issuer: oidc.OIDC_ISSUER,
      clientId: 'plenary',
      clientSecret: 's3cret',
      name: 'UN Secretariat',
    });
    expect(loadConfig({ ...oidc, OIDC_ISSUER: 'http://127.0.0.1:9000' }).oidc?.name).toBe('your organisation');
    expect(() => loadConfig({ ...oidc, OIDC_CLIENT_SECRET: '' })).toThrow(/together/);
    expect(() => loadConfig({ OIDC_ISSUER: oidc.OIDC_ISSUER })).toThrow(/together/);
    expect(() => loadConfig({ ...oidc, OIDC_ISSUER: 'http://login.example.org' })).toThrow(/https/);
    expect(() => loadConfig({ ...oidc, OIDC_ISSUER: 'not a url' })).toThrow(/URL/);
  });

  it('mails links only when SMTP is configured', () => {
    expect(loadConfig({}).smtpUrl).toBeUndefined();
    expect(loadConfig({ SMTP_URL: ' smtp://mail.example.org:587 ' }).smtpUrl).toBe('smtp://mail.example.org:587');
  });
});
