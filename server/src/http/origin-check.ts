import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import { errorBody } from '../errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why a request does not come from the app's own origin, or null when it does. The expected origin is
 * `PUBLIC_ORIGIN` or else the request's own; a missing `Origin` is refused too. Shared by the REST API and the
 * sync socket's upgrade, so both draw the line in the same place.
 */
export function foreignOriginReason<E extends AppEnv>(c: Context<E>): string | null {
  // Hono loses the variables' types through the generic environment; E extends AppEnv, so they are AppEnv's.
  const { services } = c.var as AppEnv['Variables'];
  const expected = services.config.origin ?? ownOrigin(c);
  const origin = c.req.header('origin');
  if (origin === expected) return null;
  return origin ? `Origin ${origin} is not allowed.` : 'The Origin header is required.';
}

/** The origin the request was addressed to. A WebSocket upgrade's URL is not built from its Host header, so read that. */
export function ownOrigin(c: Context): string {
  const url = new URL(c.req.url);
  const host = c.req.header('host');
  if (!host) return url.origin;
  try {
    return new URL(`${url.protocol}//${host}`).origin;
  } catch {
    return url.origin;
  }
}

export const crossSiteMessage = (reason: string) => `Cross-site request refused. ${reason}`;

/**
 * CSRF protection: a state-changing request must carry an `Origin` header equal to the app's own origin.
 * Browsers always send it on such requests; other API clients are asked to.
 *
 * @example app.use('/api/*', originCheck())
 */
export function originCheck(): MiddlewareHandler<AppEnv> {
  return async function checkOrigin(c, next) {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const reason = foreignOriginReason(c);
    if (reason) return c.json(errorBody('csrf', crossSiteMessage(reason)), 403);
    return next();
  };
}
