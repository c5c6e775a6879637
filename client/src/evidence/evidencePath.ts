const HASH_PREFIX = '#pid=';

/** The page of a document opened at one paragraph: `/documents/gcm-brief-6#pid=…`. */
export function paragraphPath(documentId: string, pid: string): string {
  return `/documents/${encodeURIComponent(documentId)}${HASH_PREFIX}${encodeURIComponent(pid)}`;
}

/** The paragraph an address asks for (its hash), or null. */
export function pidInHash(hash: string): string | null {
  if (!hash.startsWith(HASH_PREFIX)) return null;
  const pid = decodeURIComponent(hash.slice(HASH_PREFIX.length));
  return pid || null;
}
