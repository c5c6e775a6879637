import { z } from 'zod';
import { THREAD_STATUSES, THREAD_VISIBILITIES } from '../domain/index.ts';
import { stakeholderRef, timestamp } from './common.ts';

/** A person in the capacity they wrote in. */
export const threadAuthorResponse = z.strictObject({
  name: z.string(),
  stakeholder: stakeholderRef.nullable(),
  roleLabel: z.string(),
  /** "Claire Dubois — European Union — delegate" */
  capacity: z.string(),
});
export type ThreadAuthorResponse = z.infer<typeof threadAuthorResponse>;

export const threadMessageResponse = z.strictObject({
  id: z.string(),
  threadId: z.string(),
  author: threadAuthorResponse,
  /** Empty once deleted: the message stays as a tombstone. */
  body: z.string(),
  deleted: z.boolean(),
  createdAt: timestamp,
  editedAt: timestamp.nullable(),
  deletedAt: timestamp.nullable(),
  mine: z.boolean(),
  can: z.strictObject({ edit: z.boolean(), delete: z.boolean() }),
});
export type ThreadMessageResponse = z.infer<typeof threadMessageResponse>;

/** A span of the paragraph: Yjs relative positions (base64) and the words it covered when the thread was opened. */
export const threadAnchorResponse = z.strictObject({
  start: z.string(),
  end: z.string(),
  quote: z.string(),
  /** The words were deleted: the thread now applies to the whole paragraph. */
  detached: z.boolean(),
});
export type ThreadAnchorResponse = z.infer<typeof threadAnchorResponse>;

/** A thread as one participant sees it (unread markers and permitted actions are theirs). */
export const threadResponse = z.strictObject({
  id: z.string(),
  documentId: z.string(),
  pid: z.string(),
  visibility: z.enum(THREAD_VISIBILITIES),
  /** Who may read it, in words ("Canada only"). */
  audience: z.string(),
  audienceStakeholderId: z.string().nullable(),
  anchor: threadAnchorResponse.nullable(),
  status: z.enum(THREAD_STATUSES),
  resolvedAt: timestamp.nullable(),
  resolvedBy: z.strictObject({ name: z.string() }).nullable(),
  author: threadAuthorResponse,
  messages: z.array(threadMessageResponse),
  /** Something new since this reader last opened it. */
  unread: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
  can: z.strictObject({ reply: z.boolean(), resolve: z.boolean() }),
});
export type ThreadResponse = z.infer<typeof threadResponse>;

/** One page of `GET /api/documents/:id/threads?limit=…`: `nextCursor` asks for the next, null after the last. */
export const threadPageResponse = z.strictObject({
  items: z.array(threadResponse),
  nextCursor: z.string().nullable(),
});
export type ThreadPageResponse = z.infer<typeof threadPageResponse>;
