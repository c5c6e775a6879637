import { Hono, type Context } from 'hono';
import { createThreadInput, messageInput, threadCursor, threadListQuery } from '@plenary/shared/validation/index';
import { THREAD_PAGE_DEFAULT } from '@plenary/shared/domain/index';
import type { AppEnv } from '../../http/env.ts';
import { badRequest, forbidden } from '../../errors.ts';
import { readJson } from '../../http/json-body.ts';
import { requireUser } from '../../http/session.ts';
import { loadDocumentAccess } from '../../queries/document-access.ts';
import { canDeleteMessage, canEditMessage, canOpenThread, canReply, canResolve } from '../../policies/thread-policy.ts';
import { createThread } from '../../commands/thread-creator.ts';
import { replyToThread } from '../../commands/thread-replier.ts';
import { editMessage } from '../../commands/thread-message-editor.ts';
import { deleteMessage } from '../../commands/thread-message-deleter.ts';
import { setThreadResolved } from '../../commands/thread-resolver.ts';
import { markThreadRead } from '../../commands/thread-read-marker.ts';
import {
  listReadableThreads,
  messagesOf,
  readableCursorThread,
  readReadableThreadPage,
  type ThreadWithMessages,
} from '../../queries/thread-lister.ts';
import { loadThreadViews } from '../../queries/thread-loader.ts';
import { announceThreadChange, announceThreadReadBy } from '../../announcers/thread-announcer.ts';
import type { ThreadPageResponse, ThreadResponse } from '@plenary/shared/api/index';
import { presentThread } from '../../presenters/thread.ts';
import type { ThreadRow } from '../../db/types.ts';
import type { Services } from '../../services.ts';
import { type ThreadAccess, loadReadableMessage, loadReadableThread, threadReader } from '../../queries/thread-access.ts';
import type { DocumentAccess } from '../../policies/actors.ts';
import { announceNotifications } from '../../announcers/notification-announcer.ts';

function presentThreads(services: Services, access: DocumentAccess, items: ThreadWithMessages[]): ThreadResponse[] {
  const { views, people } = loadThreadViews(services, access.doc.id, access.participant.user.id, items);
  return views.map((view) => presentThread(view, people, access));
}

function presentOne(services: Services, access: DocumentAccess, thread: ThreadRow): ThreadResponse {
  return presentThreads(services, access, [{ thread, messages: messagesOf(services.db, [thread.id]).get(thread.id)! }])[0]!;
}

function presentMessageOf(services: Services, access: DocumentAccess, thread: ThreadRow, messageId: string) {
  return presentOne(services, access, thread).messages.find((m) => m.id === messageId)!;
}

function readableThread(c: Context<AppEnv>): ThreadAccess {
  return loadReadableThread(c.var.services.db, requireUser(c), c.req.param('id')!);
}

/** Comment threads and notifications: `/api/documents/:id/threads`, `/api/threads/...`, `/api/notifications`. */
export const threadRoutes = new Hono<AppEnv>()
  .get('/documents/:id/threads', (c) => {
    const { services } = c.var;
    const access = loadDocumentAccess(services.db, requireUser(c), c.req.param('id'));
    const query = threadListQuery.parse(c.req.query());
    const reader = threadReader(services.db, access.participant);
    if (query.limit === undefined && query.cursor === undefined) {
      return c.json(presentThreads(services, access, listReadableThreads(services.db, access.doc.id, reader, query)));
    }
    let after: ThreadRow | undefined;
    if (query.cursor !== undefined) {
      after = readableCursorThread(services.db, access.doc.id, reader, query.cursor);
      if (!after) throw badRequest('cursor is not one this API returned for this document: pass the nextCursor of the previous page.');
    }
    const page = readReadableThreadPage(services.db, access.doc.id, reader, query, query.limit ?? THREAD_PAGE_DEFAULT, after);
    const response: ThreadPageResponse = {
      items: presentThreads(services, access, page.items),
      nextCursor: page.lastThreadId === null ? null : threadCursor(page.lastThreadId),
    };
    return c.json(response);
  })
  .post('/documents/:id/threads', async (c) => {
    const { services } = c.var;
    const access = loadDocumentAccess(services.db, requireUser(c), c.req.param('id'));
    const input = await readJson(c, createThreadInput);
    if (!canOpenThread(access)) throw forbidden('You may not comment on this document.');
    const { thread, notifications } = createThread({ services, access, input });
    announceThreadChange(services, thread, access.doc.processId);
    announceNotifications(services.events, notifications);
    return c.json(presentOne(services, access, thread), 201);
  })
  .get('/threads/:id', (c) => {
    const access = readableThread(c);
    return c.json(presentOne(c.var.services, access, access.thread));
  })
  .post('/threads/:id/messages', async (c) => {
    const { services } = c.var;
    const access = readableThread(c);
    const { body } = await readJson(c, messageInput);
    if (!canReply(access)) throw forbidden('You may read this thread but not comment on this document.');
    const { message, notifications } = replyToThread({ services, access, body });
    announceThreadChange(services, access.thread, access.doc.processId);
    announceNotifications(services.events, notifications);
    return c.json(presentMessageOf(services, access, access.thread, message.id), 201);
  })
  .post('/threads/:id/resolve', (c) => settle(c, true))
  .post('/threads/:id/reopen', (c) => settle(c, false))
  .post('/threads/:id/read', (c) => {
    const { services } = c.var;
    const access = readableThread(c);
    markThreadRead(services.db, access.thread.id, access.participant.user.id);
    announceThreadReadBy(services, access.thread, access.participant.user.id);
    return c.json(presentOne(services, access, access.thread));
  })
  .patch('/messages/:id', async (c) => {
    const { services } = c.var;
    const access = loadReadableMessage(services.db, requireUser(c), c.req.param('id'));
    const { body } = await readJson(c, messageInput);
    if (!canEditMessage(access, access.message)) throw forbidden('Only its author may edit a message.');
    const { message, notifications } = editMessage({ services, access, body });
    announceThreadChange(services, access.thread, access.doc.processId);
    announceNotifications(services.events, notifications);
    return c.json(presentMessageOf(services, access, access.thread, message.id));
  })
  .delete('/messages/:id', (c) => {
    const { services } = c.var;
    const access = loadReadableMessage(services.db, requireUser(c), c.req.param('id'));
    if (!canDeleteMessage(access, access.message)) throw forbidden('Only its author or a moderator may delete a message.');
    const message = deleteMessage(services.db, access);
    announceThreadChange(services, access.thread, access.doc.processId);
    return c.json(presentMessageOf(services, access, access.thread, message.id));
  });

/** Resolves or reopens: pen-holders, moderators and the thread's author. */
function settle(c: Context<AppEnv>, resolved: boolean) {
  const { services } = c.var;
  const access = readableThread(c);
  if (!canResolve(access, access.thread)) throw forbidden('Only the pen-holders, moderators or the thread author may do this.');
  const thread = setThreadResolved(services.db, access, resolved);
  announceThreadChange(services, thread, access.doc.processId);
  return c.json(presentOne(services, access, thread));
}
