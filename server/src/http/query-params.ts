import type { Context } from 'hono';

/** The query parameters that carry a value: `?user=` (a filter left empty in a form) reads as no `user` at all. */
export function filledQueryParams(c: Context): Record<string, string> {
  return Object.fromEntries(Object.entries(c.req.query()).filter(([, value]) => value !== ''));
}
