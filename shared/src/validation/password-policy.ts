import { z } from 'zod';
import { COMMON_PASSWORDS } from './common-passwords.ts';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

/** What makes a chosen password too easy to guess, in the words shown next to the field; null when it is fine. */
export function passwordProblem(password: string, person: { email?: string; name?: string } = {}): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const lower = password.normalize('NFKC').toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(stem) || COMMON_PASSWORDS.has(lower.replace(/\s+/g, ''))) {
    return 'This password is on the lists of common passwords that guessers try first. Choose another.';
  }
  if (new Set(lower).size <= 2) return 'Use more than one or two different characters.';
  if (isRun(lower)) return 'A run of consecutive keys or digits is guessed at once. Choose another.';
  const local = person.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'Do not build the password from your email address.';
  const names = (person.name ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((part) => part.length >= 4);
  if (names.some((part) => stem === part || stem.replace(/\d+/g, '') === part)) return 'Do not build the password from your name.';
  return null;
}

/** "abcdefghijkl", "123456789012", "qwertyuiopas": each character the next one of a known row. */
function isRun(text: string): boolean {
  const rows = [
    'abcdefghijklmnopqrstuvwxyz',
    '0123456789',
    'qwertyuiopasdfghjklzxcvbnm',
    'azertyuiopqsdfghjklmwxcvbn',
    '1qaz2wsx3edc4rfv5tgb6yhn',
  ];
  return rows.some((row) => {
    const doubled = row + row;
    const reversed = [...doubled].reverse().join('');
    return doubled.includes(text) || reversed.includes(text);
  });
}

/** A new password, checked against the policy (the account's email and name are checked where they are known). */
export const newPassword = z
  .string()
  .max(PASSWORD_MAX_LENGTH)
  .superRefine((password, ctx) => {
    const problem = passwordProblem(password);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
