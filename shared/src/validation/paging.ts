import { z } from 'zod';

/**
 * Cursor paging of list routes: `limit` (1 to `max`) and an opaque `cursor` that the previous page returned as
 * `nextCursor`.
 */
export const FOREIGN_CURSOR = 'cursor is not one this API returned: pass the nextCursor of the previous page.';

export function pageLimit(max: number) {
  return z
    .string()
    .regex(/^[1-9][0-9]{0,5}$/, 'limit is a whole number of at least 1.')
    .transform(Number)
    .pipe(z.number().max(max, `limit is at most ${max}.`));
}

/**
 * The cursor field of a list whose cursor is a position: a letter naming the list, then the position in base 36,
 * so that one list's cursor is refused by another. Parses to the position.
 */
export function pageCursor(letter: string) {
  return z
    .string()
    .regex(new RegExp(`^${letter}[0-9a-z]{1,10}$`), FOREIGN_CURSOR)
    .transform((cursor) => parseInt(cursor.slice(1), 36));
}

export function encodePageCursor(letter: string, position: number): string {
  return `${letter}${position.toString(36)}`;
}
