import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 64;
const COST = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

function derive(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, COST, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** Format: scrypt$<salt b64>$<hash b64>. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt);
  return `scrypt$${salt.toString('base64')}$${key.toString('base64')}`;
}

function parse(stored: string | undefined): { salt: Buffer; hash: Buffer } | null {
  const [scheme, saltB64, hashB64] = stored?.split('$') ?? [];
  if (scheme !== 'scrypt' || !saltB64 || !hashB64) return null;
  return { salt: Buffer.from(saltB64, 'base64'), hash: Buffer.from(hashB64, 'base64') };
}

/**
 * What an unknown account is verified against: a random salt and a random key, which no password derives. It
 * costs nothing to make (no key derivation at start-up) and the same to check as a real hash.
 */
const dummy = { salt: randomBytes(16), hash: randomBytes(KEY_LENGTH) };

/**
 * Whether the password matches the stored hash. Without a usable hash (no such account) it still derives one
 * key, against the dummy, and answers false: a sign-in costs the same whether the account exists or not.
 */
export async function verifyPassword(password: string, stored: string | undefined): Promise<boolean> {
  const parsed = parse(stored);
  const { salt, hash } = parsed ?? dummy;
  const actual = await derive(password, salt);
  const matches = hash.length === actual.length && timingSafeEqual(hash, actual);
  return parsed !== null && matches;
}
