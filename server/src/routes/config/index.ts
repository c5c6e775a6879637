import { Hono } from 'hono';
import type { ConfigResponse, SignInOptions } from '@plenary/shared/api/index';
import type { AppEnv } from '../../http/env.ts';
import type { Config } from '../../config.ts';

export function signInOptionsOf(config: Config): SignInOptions {
  return { passwordSignIn: config.passwordSignIn, identityProvider: config.oidc ? { name: config.oidc.name } : null };
}

/** `/api/config`: what the sign-in page needs to know about this installation. */
export const configRoutes = new Hono<AppEnv>().get('/', (c) => {
  const { config } = c.var.services;
  const response: ConfigResponse = { demo: !config.production, signIn: signInOptionsOf(config) };
  return c.json(response);
});
