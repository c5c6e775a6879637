import { z } from 'zod';

/**
 * Cursor paging of list routes: `limit` (1 to `max`) and an opaque `cursor` that the previous page returned as
 * `nextCursor`. A cursor is a letter naming the list, then a position in base 36, so one list's cursor is
 * refused by another.
 */
export function pageLimit(max: number) {
  return z
    .string()
    .regex(/^[1-9][0-9]{0,5}$/, 'limit is a whole number of at least 1.')
    .transform(Number)
    .pipe(z.number().max(max, `limit is at most ${max}.`));
}

/** The cursor field of a list whose cursors start with `letter`; parses to the position. */
export function pageCursor(letter: string) {
  return z
    .string()
    .regex(new RegExp(`^${letter}[0-9a-z]{1,10}$`), 'cursor is not one this API returned: pass the nextCursor of the previous page.')
    .transform((cursor) => parseInt(cursor.slice(1), 36));
}

export function encodePageCursor(letter: string, position: number): string {
  return `${letter}${position.toString(36)}`;
}
