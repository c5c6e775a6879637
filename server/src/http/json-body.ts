import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from '../errors.ts';

/**
 * Parses the JSON body and validates it; bad JSON and invalid shapes become clear 400s.
 * With `allowEmpty`, an action that takes no input may be sent without a body (read as `{}`).
 */
export async function readJson<S extends z.ZodType>(c: Context, schema: S, options: { allowEmpty?: boolean } = {}): Promise<z.output<S>> {
  const raw = await c.req.text();
  if (options.allowEmpty && raw.trim() === '') return schema.parse({});
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  return schema.parse(body);
}
