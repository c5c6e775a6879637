import { randomUUID } from 'node:crypto';
import { chooseThreadGroup } from '@plenary/shared/permissions/index';
import type { CreateThreadInput } from '@plenary/shared/validation/index';
import { threads } from '../db/schema.ts';
import { ApiError, badRequest } from '../errors.ts';
import { audit } from './audit.ts';
import { resolveThreadTarget } from '../text/thread-anchor.ts';
import { writeThreadMessage } from './thread-message-writer.ts';
import { createNotifications } from './notification-creator.ts';
import { paragraphLabelOf, threadNotifications } from './thread-notifier.ts';
import type { MessageRow, NotificationRow, ThreadRow } from '../db/types.ts';
import type { Services } from '../services.ts';
import { threadReader } from '../queries/thread-access.ts';
import type { DocumentAccess } from '../policies/actors.ts';

export interface ThreadCreatorProps {
  services: Pick<Services, 'db' | 'rooms'>;
  access: DocumentAccess;
  input: CreateThreadInput;
}

const GROUP_ERRORS = {
  'not-a-member': 'You can only open a group thread in a group your delegation belongs to.',
  'no-group': 'Your delegation belongs to no group: choose another visibility.',
  ambiguous: 'Your delegation belongs to several groups: say which one with "groupId".',
} as const;

const TARGET_ERRORS = {
  'unknown-paragraph': ['unknown_paragraph', 'There is no paragraph with this pid in the document.'],
  'invalid-anchor': ['invalid_anchor', 'The anchor positions are not Yjs relative positions of this document.'],
  'anchor-outside-paragraph': ['invalid_anchor', 'The anchor does not lie inside the paragraph.'],
  'empty-anchor': ['invalid_anchor', 'The anchor covers no words of the paragraph.'],
} as const;

/** Who a thread is for, besides its author: the group of a group thread, the delegation of a private note. */
function audienceOf({ services, access, input }: ThreadCreatorProps): string | null {
  const { stakeholder } = access.participant;
  if (input.visibility === 'delegation') return stakeholder.id;
  if (input.visibility !== 'group') return null;
  const reader = threadReader(services.db, access.participant);
  const choice = chooseThreadGroup(
    { stakeholderId: stakeholder.id, stakeholderIsGroup: stakeholder.kind === 'group', groupIds: reader.groupIds },
    input.groupId,
  );
  if (choice.error) throw badRequest(GROUP_ERRORS[choice.error]);
  return choice.group;
}

/** Opens a thread on a paragraph (or a span of it) with its first message, in one transaction. */
export function createThread(props: ThreadCreatorProps): { thread: ThreadRow; message: MessageRow; notifications: NotificationRow[] } {
  const { services, access, input } = props;
  const { db, rooms } = services;
  const audienceStakeholderId = audienceOf(props);
  const target = resolveThreadTarget(rooms, access.doc.id, input.pid, input.anchor);
  if (target.problem) {
    const [code, message] = TARGET_ERRORS[target.problem];
    throw new ApiError(400, code, message);
  }
  const label = paragraphLabelOf(services, access.doc, input.pid);
  const { participant } = access;
  const now = new Date().toISOString();

  // better-sqlite3 runs the transaction on the one connection: `db` inside the callback is part of it.
  return db.transaction((tx) => {
    const thread = db
      .insert(threads)
      .values({
        id: randomUUID(),
        documentId: access.doc.id,
        pid: input.pid,
        anchorStart: input.anchor?.start ?? null,
        anchorEnd: input.anchor?.end ?? null,
        quote: target.quote,
        visibility: input.visibility,
        audienceStakeholderId,
        authorUserId: participant.user.id,
        authorStakeholderId: participant.stakeholder.id,
        authorRole: participant.membership.role,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    const message = writeThreadMessage(tx, thread.id, participant, input.body, now);
    const drafts = threadNotifications({ db: tx, thread, writer: participant, body: input.body, isReply: false, paragraphLabel: label });
    const notifications = createNotifications(tx, drafts);
    audit(tx, {
      participant,
      action: 'thread.create',
      documentId: access.doc.id,
      target: thread.id,
      details: {
        pid: input.pid,
        visibility: input.visibility,
        audience: audienceStakeholderId,
        messageId: message.id,
        anchored: Boolean(input.anchor),
      },
    });
    return { thread, message, notifications };
  });
}
