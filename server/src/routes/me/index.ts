import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { requireUser } from '../../http/session.ts';
import { readMe } from '../../queries/me-reader.ts';
import { presentMe } from '../../presenters/me.ts';

/** `/api/me`: who is signed in, and in what capacity. */
export const meRoutes = new Hono<AppEnv>().get('/', (c) => c.json(presentMe(readMe(c.var.services.db, requireUser(c)))));
