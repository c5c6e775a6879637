import { can, canReadThread, type ThreadReader } from '@plenary/shared/permissions/index';
import type { MessageRow, ThreadRow } from '../db/types.ts';
import type { DocumentAccess } from './actors.ts';

export function isReadable(reader: ThreadReader, thread: ThreadRow): boolean {
  return canReadThread(reader, {
    visibility: thread.visibility,
    authorUserId: thread.authorUserId,
    authorStakeholderId: thread.authorStakeholderId,
    audienceStakeholderId: thread.audienceStakeholderId,
  });
}

type Access = Pick<DocumentAccess, 'participant' | 'target'>;

export function canOpenThread(access: Access): boolean {
  return can(access.participant.actor, 'comment', access.target);
}

/** Anyone who may read a thread may reply to it, if they may comment on the document at all. */
export function canReply(access: Access): boolean {
  return can(access.participant.actor, 'comment', access.target);
}

/** Pen-holders, moderators and the thread's author settle a thread. */
export function canResolve(access: Access, thread: ThreadRow): boolean {
  const { actor, user } = access.participant;
  return thread.authorUserId === user.id || can(actor, 'edit-text', access.target) || can(actor, 'moderate-comments', access.target);
}

/** Only the author rewords a message (a tombstone stays a tombstone: see the message editor). */
export function canEditMessage(access: Access, message: MessageRow): boolean {
  return message.authorUserId === access.participant.user.id;
}

/** Authors delete their own messages; moderators any message of a thread they can read. */
export function canDeleteMessage(access: Access, message: MessageRow): boolean {
  return message.authorUserId === access.participant.user.id || can(access.participant.actor, 'moderate-comments', access.target);
}
