import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import { errorBody } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection: a state-changing request must carry an `Origin` header equal to the app's own origin.
 * Browsers always send it on such requests; other API clients are asked to.
 *
 * @example app.use('/api/*', originCheck())
 */
export function originCheck(): MiddlewareHandler<AppEnv> {
  return async function checkOrigin(c, next) {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const expected = c.var.services.config.origin ?? new URL(c.req.url).origin;
    const origin = c.req.header('origin');
    if (origin !== expected) {
      const why = origin ? `Origin ${origin} is not allowed.` : 'The Origin header is required.';
      return c.json(errorBody('csrf', `Cross-site request refused. ${why}`), 403);
    }
    return next();
  };
}
