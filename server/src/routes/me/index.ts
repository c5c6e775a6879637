import { Hono } from 'hono';
import { currentProcessInput } from '@plenary/shared/validation/index';
import type { SessionsResponse } from '@plenary/shared/api/index';
import type { AppEnv } from '../../http/env.ts';
import { requireSession, requireUser } from '../../http/session.ts';
import { readJson } from '../../http/json-body.ts';
import { readMe } from '../../queries/me-reader.ts';
import { findParticipant } from '../../queries/document-access.ts';
import { presentMe } from '../../presenters/me.ts';
import { presentSession } from '../../presenters/session.ts';
import { deleteSessionById, listLiveSessions, setSessionProcess } from '../../auth/sessions.ts';
import { forbidden, notFound } from '../../errors.ts';
import { audit } from '../../commands/audit.ts';

/** `/api/me`: who is signed in, in what capacity, in which process, and on which devices. */
export const meRoutes = new Hono<AppEnv>()
  .get('/', (c) => c.json(presentMe(readMe(c.var.services.db, requireUser(c), c.var.session?.processId))))
  .put('/process', async (c) => {
    const session = requireSession(c);
    const { processId } = await readJson(c, currentProcessInput);
    const { db } = c.var.services;
    if (!findParticipant(db, session.user, processId)) throw forbidden('You are not a participant in this process.');
    setSessionProcess(db, session.id, processId);
    return c.json(presentMe(readMe(db, session.user, processId)));
  })
  .get('/sessions', (c) => {
    const session = requireSession(c);
    const response: SessionsResponse = {
      sessions: listLiveSessions(c.var.services.db, session.user.id).map((row) => presentSession(row, session.id)),
    };
    return c.json(response);
  })
  .delete('/sessions/:id', (c) => {
    const session = requireSession(c);
    const { db, connections } = c.var.services;
    const id = c.req.param('id');
    // Someone else's session is answered as a made-up one: its id tells nothing.
    if (!listLiveSessions(db, session.user.id).some((row) => row.tokenHash === id)) throw notFound('Session');
    db.transaction((tx) => {
      deleteSessionById(tx, id);
      audit(tx, { user: session.user, action: 'auth.session-revoke', target: id.slice(0, 12) });
    });
    connections.endSession(id);
    return c.body(null, 204);
  });
