import { Hono } from 'hono';
import { markNotificationsReadInput } from '@plenary/shared/validation/index';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/json-body.ts';
import { requireUser } from '../../http/session.ts';
import { listNotifications } from '../../queries/notification-lister.ts';
import { markNotificationsRead } from '../../commands/notification-read-marker.ts';
import { presentNotificationList } from '../../presenters/notification.ts';

/** `/api/notifications`: the caller's own notifications (mentions, replies, decisions). */
export const notificationRoutes = new Hono<AppEnv>()
  .get('/', (c) => {
    const user = requireUser(c);
    const limit = Math.min(Math.max(Number(c.req.query('limit') ?? 50) || 50, 1), 200);
    const { items, unreadCount } = listNotifications(c.var.services.db, user, limit);
    return c.json(presentNotificationList(items, unreadCount));
  })
  .post('/read', async (c) => {
    const user = requireUser(c);
    const { ids } = await readJson(c, markNotificationsReadInput);
    return c.json({ updated: markNotificationsRead(c.var.services.db, user.id, ids) });
  });
