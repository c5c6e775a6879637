import { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';

/** Comment threads and notifications: `/api/documents/:id/threads`, `/api/threads/...`, `/api/notifications`. */
export const threadRoutes = new Hono<AppEnv>();
