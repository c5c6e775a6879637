import { Hono } from 'hono';
import type { ConfigResponse } from '@plenary/shared/api/index';
import type { AppEnv } from '../../http/env.ts';

/** `/api/config`: what the sign-in page needs to know about this installation. */
export const configRoutes = new Hono<AppEnv>().get('/', (c) => {
  const response: ConfigResponse = { demo: !c.var.services.config.production };
  return c.json(response);
});
