import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

describe('verifyPassword', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse');
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('correct horse!', stored)).toBe(false);
  });

  it('refuses every password when there is no usable hash', async () => {
    for (const stored of [undefined, '', 'plain', 'scrypt$$', 'bcrypt$abc$def'])
      expect(await verifyPassword('anything', stored)).toBe(false);
  });
});
