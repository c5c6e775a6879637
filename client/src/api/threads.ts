import type { ThreadStatus, ThreadVisibility } from '@plenary/shared/domain/index';
import type { CreateThreadInput } from '@plenary/shared/validation/index';
import { request } from './http.ts';
import type { Stakeholder } from './types.ts';

/** A person in the capacity they wrote in. */
export interface ThreadAuthor {
  name: string;
  stakeholder: { id: string; name: string; shortName: string } | null;
  roleLabel: string;
  /** "Claire Dubois — European Union — delegate" */
  capacity: string;
}

export interface ThreadMessage {
  id: string;
  threadId: string;
  author: ThreadAuthor;
  /** Empty once deleted: the message stays as a tombstone. */
  body: string;
  deleted: boolean;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  mine: boolean;
  can: { edit: boolean; delete: boolean };
}

/** A span of the paragraph: Yjs relative positions (base64) and the words it covered when the thread was opened. */
export interface ThreadAnchor {
  start: string;
  end: string;
  quote: string;
  /** The words were deleted: the thread now applies to the whole paragraph. */
  detached: boolean;
}

export type { ThreadStatus };

export interface Thread {
  id: string;
  documentId: string;
  pid: string;
  visibility: ThreadVisibility;
  /** Who may read it, in words ("Canada only"). */
  audience: string;
  audienceStakeholderId: string | null;
  anchor: ThreadAnchor | null;
  status: ThreadStatus;
  resolvedAt: string | null;
  resolvedBy: { name: string } | null;
  author: ThreadAuthor;
  messages: ThreadMessage[];
  /** Something new since this reader last opened it. */
  unread: boolean;
  createdAt: string;
  updatedAt: string;
  can: { reply: boolean; resolve: boolean };
}

/** A stakeholder that an `@` mention can name, with how many people it would reach. */
export interface MentionCandidate extends Stakeholder {
  participants: number;
}

const documentPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/threads`;
const threadPath = (threadId: string) => `/api/threads/${encodeURIComponent(threadId)}`;
const messagePath = (messageId: string) => `/api/messages/${encodeURIComponent(messageId)}`;

export function listThreads(documentId: string, signal?: AbortSignal): Promise<Thread[]> {
  return request<Thread[]>(documentPath(documentId), { signal });
}

export function getThread(threadId: string, signal?: AbortSignal): Promise<Thread> {
  return request<Thread>(threadPath(threadId), { signal });
}

export function createThread(documentId: string, input: CreateThreadInput): Promise<Thread> {
  return request<Thread>(documentPath(documentId), { method: 'POST', body: input });
}

export function replyToThread(threadId: string, body: string): Promise<ThreadMessage> {
  return request<ThreadMessage>(`${threadPath(threadId)}/messages`, { method: 'POST', body: { body } });
}

export function setThreadStatus(threadId: string, status: ThreadStatus): Promise<Thread> {
  return request<Thread>(`${threadPath(threadId)}/${status === 'resolved' ? 'resolve' : 'reopen'}`, { method: 'POST' });
}

export function markThreadRead(threadId: string): Promise<Thread> {
  return request<Thread>(`${threadPath(threadId)}/read`, { method: 'POST' });
}

export function editMessage(messageId: string, body: string): Promise<ThreadMessage> {
  return request<ThreadMessage>(messagePath(messageId), { method: 'PATCH', body: { body } });
}

export function deleteMessage(messageId: string): Promise<ThreadMessage> {
  return request<ThreadMessage>(messagePath(messageId), { method: 'DELETE' });
}

export function searchStakeholders(query: string, signal?: AbortSignal): Promise<MentionCandidate[]> {
  const params = new URLSearchParams({ q: query, limit: '8' });
  return request<MentionCandidate[]>(`/api/stakeholders?${params}`, { signal });
}
