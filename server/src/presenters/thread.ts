import { ROLE_LABELS, type Role } from '@plenary/shared/permissions/index';
import type { ThreadAuthorResponse, ThreadMessageResponse, ThreadResponse } from '@plenary/shared/api/index';
import type { People, ThreadView } from '../queries/thread-loader.ts';
import { canDeleteMessage, canEditMessage, canReply, canResolve } from '../policies/thread-policy.ts';
import type { MessageRow, ThreadRow } from '../db/types.ts';
import type { DocumentAccess } from '../policies/actors.ts';

type Viewer = Pick<DocumentAccess, 'participant' | 'target'>;

/** A person in the capacity they wrote in: "Claire Dubois — European Union — delegate". */
export function presentAuthor(people: People, userId: string, stakeholderId: string, role: string): ThreadAuthorResponse {
  const name = people.userName(userId);
  const stakeholder = people.stakeholder(stakeholderId);
  const roleLabel = ROLE_LABELS[role as Role] ?? role;
  return {
    name,
    stakeholder: stakeholder ? { id: stakeholder.id, name: stakeholder.name, shortName: stakeholder.shortName } : null,
    roleLabel,
    capacity: [name, stakeholder?.name, roleLabel].filter(Boolean).join(' — '),
  };
}

function audienceLabel(thread: ThreadRow, people: People): string {
  switch (thread.visibility) {
    case 'all':
      return 'All participants';
    case 'delegation':
      return `${people.stakeholder(thread.audienceStakeholderId ?? thread.authorStakeholderId)?.name ?? 'The delegation'} only`;
    case 'group':
      return people.stakeholder(thread.audienceStakeholderId)?.name ?? 'The group';
    case 'cofacilitators':
      return `Co-facilitators and ${people.userName(thread.authorUserId)}`;
  }
}

export function presentMessage(message: MessageRow, people: People, viewer: Viewer): ThreadMessageResponse {
  const deleted = message.deletedAt !== null;
  return {
    id: message.id,
    threadId: message.threadId,
    author: presentAuthor(people, message.authorUserId, message.authorStakeholderId, message.authorRole),
    body: deleted ? '' : message.body,
    deleted,
    createdAt: message.createdAt,
    editedAt: message.editedAt,
    deletedAt: message.deletedAt,
    mine: message.authorUserId === viewer.participant.user.id,
    can: {
      edit: !deleted && canEditMessage(viewer, message),
      delete: !deleted && canDeleteMessage(viewer, message),
    },
  };
}

function isUnread(view: ThreadView, viewerUserId: string): boolean {
  const since = view.lastReadAt ?? '';
  return view.messages.some(
    (m) => m.authorUserId !== viewerUserId && m.deletedAt === null && (m.createdAt > since || (m.editedAt !== null && m.editedAt > since)),
  );
}

/** A thread as one participant sees it (unread markers and permitted actions are theirs). */
export function presentThread(view: ThreadView, people: People, viewer: Viewer): ThreadResponse {
  const { thread } = view;
  const resolved = thread.resolvedAt !== null;
  return {
    id: thread.id,
    documentId: thread.documentId,
    pid: thread.pid,
    visibility: thread.visibility,
    audience: audienceLabel(thread, people),
    audienceStakeholderId: thread.audienceStakeholderId,
    anchor:
      thread.anchorStart && thread.anchorEnd
        ? { start: thread.anchorStart, end: thread.anchorEnd, quote: thread.quote ?? '', detached: view.anchorDetached }
        : null,
    status: resolved ? ('resolved' as const) : ('open' as const),
    resolvedAt: thread.resolvedAt,
    resolvedBy: thread.resolvedByUserId ? { name: people.userName(thread.resolvedByUserId) } : null,
    author: presentAuthor(people, thread.authorUserId, thread.authorStakeholderId, thread.authorRole),
    messages: view.messages.map((m) => presentMessage(m, people, viewer)),
    unread: isUnread(view, viewer.participant.user.id),
    createdAt: thread.createdAt,
    updatedAt: thread.updatedAt,
    can: { reply: canReply(viewer), resolve: canResolve(viewer, thread) },
  };
}
