const PID_LENGTH = 10;
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
// Largest multiple of 36 below 256: bytes at or above it are discarded so every character is equally likely.
const UNBIASED_LIMIT = 252;

/** A fresh paragraph id: 10 random base36 characters. Ids are never reused, so collisions must stay negligible. */
export function newPid(): string {
  let pid = '';
  while (pid.length < PID_LENGTH) {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(PID_LENGTH * 2));
    for (const byte of bytes) {
      if (byte >= UNBIASED_LIMIT) continue;
      pid += ALPHABET[byte % 36];
      if (pid.length === PID_LENGTH) break;
    }
  }
  return pid;
}

/** A fresh pid that is not in `taken`. */
export function newPidAvoiding(taken: ReadonlySet<string>): string {
  let pid = newPid();
  while (taken.has(pid)) pid = newPid();
  return pid;
}
