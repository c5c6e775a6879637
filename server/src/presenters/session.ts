import type { SessionEntry } from '@plenary/shared/api/index';
import type { sessions } from '../db/schema.ts';

/** One device the person is signed in on; `current` is the one asking. */
export function presentSession(row: typeof sessions.$inferSelect, currentId: string): SessionEntry {
  return {
    id: row.tokenHash,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    userAgent: row.userAgent,
    method: row.method,
    current: row.tokenHash === currentId,
  };
}
