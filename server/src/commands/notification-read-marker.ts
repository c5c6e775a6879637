import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { notifications } from '../db/schema.ts';

/** Marks some (or, without ids, all) of a user's unread notifications read; returns how many changed. */
export function markNotificationsRead(db: Db, userId: string, ids?: readonly string[]): number {
  if (ids && ids.length === 0) return 0;
  const conditions = [eq(notifications.userId, userId), isNull(notifications.readAt)];
  if (ids) conditions.push(inArray(notifications.id, [...ids]));
  return db
    .update(notifications)
    .set({ readAt: new Date().toISOString() })
    .where(and(...conditions))
    .run().changes;
}
