import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';

/** An error the API reports to the caller as `{ error: { code, message } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, details?: unknown) => new ApiError(400, 'bad_request', message, details);
export const unauthorized = (message = 'Sign in first.') => new ApiError(401, 'unauthorized', message);
export const forbidden = (message = 'You may not do this.') => new ApiError(403, 'forbidden', message);
export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found.`);
export const conflict = (message: string, details?: unknown) => new ApiError(409, 'conflict', message, details);

export function errorBody(code: string, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

export function handleError(err: Error, c: Context) {
  if (err instanceof ApiError) return c.json(errorBody(err.code, err.message, err.details), err.status);
  if (err instanceof ZodError) {
    const issues = err.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = issues[0];
    const message = first ? `Invalid input${first.path ? ` at "${first.path}"` : ''}: ${first.message}` : 'Invalid input.';
    return c.json(errorBody('invalid_input', message, issues), 400);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    const code = status === 413 ? 'payload_too_large' : status === 403 ? 'forbidden' : 'http_error';
    return c.json(errorBody(code, err.message || 'Request refused.'), status);
  }
  console.error('Unhandled error', err);
  return c.json(errorBody('internal', 'Something went wrong on the server.'), 500);
}
