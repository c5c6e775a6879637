import { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';

/** Proposals: `/api/documents/:id/proposals` and `/api/proposals/:id/...`. */
export const proposalRoutes = new Hono<AppEnv>();
