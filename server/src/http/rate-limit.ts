import type { MiddlewareHandler } from 'hono';
import { BucketsByKey } from '../limits/buckets-by-key.ts';
import { HEAVY_REQUEST_COST, type RateLimit } from '../limits/limits.ts';
import { ApiError } from '../errors.ts';
import { isUploadPath } from './upload-body.ts';
import { clientAddress } from './client-address.ts';
import type { AppEnv } from './env.ts';

/** Requests that build a file or compare two texts: each takes far longer than an ordinary read. */
const HEAVY_PATHS = [/^\/api\/documents\/[^/]+\/(export\.[a-z.]+|compare)$/];

function requestCost(path: string): number {
  return isUploadPath(path) || HEAVY_PATHS.some((pattern) => pattern.test(path)) ? HEAVY_REQUEST_COST : 1;
}

/**
 * Limits the API's requests per user (per client address before sign-in): over the rate, 429 with
 * Retry-After, before the route does any work. Comes after the session middleware, which says who asks.
 */
export function apiRateLimit(limit: RateLimit): MiddlewareHandler<AppEnv> {
  const buckets = new BucketsByKey(limit);
  return async (c, next) => {
    const key = c.var.user ? `user ${c.var.user.id}` : `address ${clientAddress(c)}`;
    const waitMs = buckets.take(key, requestCost(c.req.path));
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      c.header('Retry-After', String(seconds));
      throw new ApiError(429, 'rate_limited', `Too many requests: try again in ${seconds} s.`);
    }
    await next();
  };
}
