import { z } from 'zod';
import { THREAD_PAGE_MAX, THREAD_STATUSES, THREAD_VISIBILITIES } from '../domain/index.ts';
import { MAX_MESSAGE_LENGTH } from './limits.ts';
import { cleanString } from './text-hygiene.ts';
import { FOREIGN_CURSOR, pageLimit } from './paging.ts';

export { MAX_MESSAGE_LENGTH };
const MAX_ANCHOR_LENGTH = 512;

export const messageBody = cleanString({
  max: MAX_MESSAGE_LENGTH,
  maxMessage: `A comment is limited to ${MAX_MESSAGE_LENGTH} characters.`,
  required: 'A comment cannot be empty.',
});

/**
 * A span of a paragraph: Yjs relative positions (base64 of `Y.encodeRelativePosition`). The words it covers
 * are read by the server from the text under it; a `quote` sent by a client is ignored.
 */
export const threadAnchor = z.object({
  start: z.base64().min(1).max(MAX_ANCHOR_LENGTH),
  end: z.base64().min(1).max(MAX_ANCHOR_LENGTH),
});
export type ThreadAnchorInput = z.infer<typeof threadAnchor>;

export const createThreadInput = z.object({
  pid: z.string().min(1).max(64),
  visibility: z.enum(THREAD_VISIBILITIES),
  body: messageBody,
  groupId: z.string().min(1).max(100).optional(),
  anchor: threadAnchor.nullish(),
});
export type CreateThreadInput = z.infer<typeof createThreadInput>;

export const messageInput = z.object({ body: messageBody });
export type MessageInput = z.infer<typeof messageInput>;

/**
 * The opaque cursor of the threads listing: the page's last thread, which the caller may read (its id is in the
 * page already), so a cursor tells nothing of the threads the caller may not read.
 */
export function threadCursor(lastThreadId: string): string {
  return lastThreadId;
}

const threadCursorField = z.string().regex(/^[0-9a-zA-Z-]{1,64}$/, FOREIGN_CURSOR);

export const threadListQuery = z.object({
  pid: z.string().min(1).max(64).optional(),
  visibility: z.enum(THREAD_VISIBILITIES).optional(),
  status: z.enum(THREAD_STATUSES).optional(),
  /** Threads in which this stakeholder wrote. */
  stakeholder: z.string().min(1).max(100).optional(),
  /** Words that must all appear in the thread's (readable) messages. */
  q: cleanString({ max: 200 }).optional(),
  /** With either: one page, `{ items, nextCursor }`, instead of the whole list. */
  limit: pageLimit(THREAD_PAGE_MAX).optional(),
  cursor: threadCursorField.optional(),
});
export type ThreadListQuery = z.infer<typeof threadListQuery>;

export const markNotificationsReadInput = z.object({
  ids: z.array(z.string().min(1).max(100)).max(500).optional(),
});
export type MarkNotificationsReadInput = z.infer<typeof markNotificationsReadInput>;

export const stakeholderSearchQuery = z.object({
  q: cleanString({ max: 100 }).optional(),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});
