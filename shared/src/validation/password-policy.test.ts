import { describe, expect, it } from 'vitest';
import { newPassword, passwordProblem, PASSWORD_MIN_LENGTH } from './password-policy.ts';

describe('the password policy', () => {
  it('asks for a minimum length, counted in characters', () => {
    expect(passwordProblem('a7#kQ2!')).toMatch(`at least ${PASSWORD_MIN_LENGTH}`);
    expect(passwordProblem('雪山の小屋で本を読む夜')).toMatch('at least'); // 11 characters
    expect(passwordProblem('雪山の小屋で本を読む夜長')).toBeNull();
  });

  it('refuses common passwords, with digits and punctuation added, and in any case', () => {
    for (const weak of [
      'password1234',
      'PASSWORD1234',
      'Password2024!',
      'iloveyou12345',
      'globalcompact2018',
      'Welcome123!!!',
      'united nations',
    ]) {
      expect(passwordProblem(weak), weak).toMatch(/common/);
    }
  });

  it('refuses runs of keys, repeated characters, and the person’s own email or name', () => {
    expect(passwordProblem('qwertyuiopas')).toMatch(/consecutive/);
    expect(passwordProblem('123456789012')).toMatch(/consecutive|common/);
    expect(passwordProblem('abababababab')).toMatch(/more than one or two/);
    expect(passwordProblem('jean.roy.2026!!', { email: 'jean.roy@example.org' })).toMatch(/email/);
    expect(passwordProblem('Tremblay2026!!', { name: 'Emily Tremblay' })).toMatch(/name/);
  });

  it('accepts a long passphrase', () => {
    expect(passwordProblem('orderly-migration-corridor-7')).toBeNull();
    expect(newPassword.safeParse('correct horse battery staple').success).toBe(true);
    expect(newPassword.safeParse('password').success).toBe(false);
  });
});
