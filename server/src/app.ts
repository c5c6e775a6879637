import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { serveStatic } from '@hono/node-server/serve-static';
import { createNodeWebSocket } from '@hono/node-ws';
import type { AppEnv } from './http/env.ts';
import { ApiError, errorBody, handleError } from './errors.ts';
import { originCheck } from './http/origin-check.ts';
import { sessionMiddleware } from './http/session.ts';
import { isUploadPath } from './http/upload-body.ts';
import { apiRateLimit } from './http/rate-limit.ts';
import { RequestTurns, takeTurns } from './http/request-turns.ts';
import { importRoutes } from './routes/imports/index.ts';
import { configRoutes } from './routes/config/index.ts';
import { authRoutes } from './routes/auth/index.ts';
import { meRoutes } from './routes/me/index.ts';
import { documentRoutes } from './routes/documents/index.ts';
import { adminRoutes } from './routes/admin/index.ts';
import { invitationRoutes } from './routes/invitations/index.ts';
import { eventRoutes } from './routes/events/index.ts';
import { proposalRoutes } from './routes/proposals/index.ts';
import { threadRoutes } from './routes/threads/index.ts';
import { revisionRoutes } from './routes/revisions/index.ts';
import { historyRoutes } from './routes/history/index.ts';
import { auditRoutes } from './routes/audit/index.ts';
import { paragraphStatusRoutes } from './routes/paragraph-statuses/index.ts';
import { compareRoutes } from './routes/compare/index.ts';
import { exportRoutes } from './routes/exports/index.ts';
import { notificationRoutes } from './routes/notifications/index.ts';
import { stakeholderRoutes } from './routes/stakeholders/index.ts';
import { silenceRoutes } from './routes/silence/index.ts';
import { evidenceLinkRoutes } from './routes/evidence-links/index.ts';
import { briefStageRoutes } from './routes/brief-stages/index.ts';
import { inputRoutes } from './routes/inputs/index.ts';
import { contributionRoutes } from './routes/contributions/index.ts';
import { openApiRoutes } from './routes/openapi/index.ts';
import { syncRoutes } from './routes/sync/index.ts';
import type { Services } from './services.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

export function createApp(services: Services) {
  const clientDist = services.config.clientDir;
  const app = new Hono<AppEnv>();
  const nodeWebSocket = createNodeWebSocket({ app });
  const { upgradeWebSocket, wss } = nodeWebSocket;
  wss.options.maxPayload = services.config.limits.syncMessageMaxBytes;

  app.onError(handleError);
  app.use('*', async (c, next) => {
    c.set('services', services);
    await next();
  });
  // Only the API and the sync socket need to know who is asking; static files do not touch the database.
  // One allowance per user covers the API and the sync sockets' upgrades.
  const requestLimit = apiRateLimit(services.config.limits.apiRequests);
  const turns = takeTurns(new RequestTurns());
  app.use('/api/*', turns, sessionMiddleware(), requestLimit);
  app.use('/sync/*', turns, sessionMiddleware(), requestLimit);

  const api = new Hono<AppEnv>();
  const jsonBodyLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => {
      // The rest of the body is never read: close the connection rather than leave it to be reused.
      c.header('Connection', 'close');
      throw new ApiError(413, 'payload_too_large', `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`);
    },
  });
  api.use(
    '*',
    secureHeaders(),
    // Uploaded files are read by their routes, each with its own limit (see http/upload-body.ts).
    (c, next) => (isUploadPath(c.req.path) ? next() : jsonBodyLimit(c, next)),
    originCheck(),
  );
  api.route('/config', configRoutes);
  api.route('/auth', authRoutes);
  api.route('/me', meRoutes);
  api.route('/documents', documentRoutes);
  api.route('/admin', adminRoutes);
  api.route('/invitations', invitationRoutes);
  api.route('/events', eventRoutes);
  api.route('/openapi.json', openApiRoutes);
  api.route('/', proposalRoutes);
  api.route('/', threadRoutes);
  api.route('/', revisionRoutes);
  api.route('/', historyRoutes);
  api.route('/', auditRoutes);
  api.route('/', paragraphStatusRoutes);
  api.route('/', silenceRoutes);
  api.route('/', compareRoutes);
  api.route('/', evidenceLinkRoutes);
  api.route('/', exportRoutes);
  api.route('/', briefStageRoutes);
  api.route('/', importRoutes);
  api.route('/', inputRoutes);
  api.route('/', contributionRoutes);
  api.route('/notifications', notificationRoutes);
  api.route('/stakeholders', stakeholderRoutes);
  api.all('*', (c) => c.json(errorBody('not_found', `No API route ${c.req.method} ${c.req.path}.`), 404));
  app.route('/api', api);

  app.route('/sync', syncRoutes(upgradeWebSocket));

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    }),
  );
  app.use('/assets/*', serveStatic({ root: clientDist }));
  app.get('*', (c) => {
    const index = path.join(clientDist, 'index.html');
    if (!fs.existsSync(index)) return c.text('The web client is not built yet: run `npm start` from the project root.', 503);
    return c.html(fs.readFileSync(index, 'utf8'));
  });

  return { app, injectWebSocket: nodeWebSocket.injectWebSocket.bind(nodeWebSocket) };
}
