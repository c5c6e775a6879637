import { THREAD_PAGE_DEFAULT, type ThreadStatus } from '@plenary/shared/domain/index';
import type { CreateThreadInput } from '@plenary/shared/validation/index';
import type {
  MentionCandidateResponse as MentionCandidate,
  ThreadAnchorResponse as ThreadAnchor,
  ThreadAuthorResponse as ThreadAuthor,
  ThreadMessageResponse as ThreadMessage,
  ThreadResponse as Thread,
} from '@plenary/shared/api/index';
import { request } from './http.ts';
import { readAllPages } from './pages.ts';

export type { ThreadStatus };
export type { MentionCandidate, Thread, ThreadAnchor, ThreadAuthor, ThreadMessage };

const documentPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/threads`;
const threadPath = (threadId: string) => `/api/threads/${encodeURIComponent(threadId)}`;
const messagePath = (messageId: string) => `/api/messages/${encodeURIComponent(messageId)}`;

/** Every thread of the document the caller may read, in the order they were opened. */
export function listThreads(documentId: string, signal?: AbortSignal): Promise<Thread[]> {
  return readAllPages<Thread>(documentPath(documentId), THREAD_PAGE_DEFAULT, signal);
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
