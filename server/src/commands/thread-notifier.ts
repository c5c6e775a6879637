import { and, eq, inArray } from 'drizzle-orm';
import type { DbHandle } from '../db/client.ts';
import { memberships, stakeholders, threadMessages } from '../db/schema.ts';
import type { Services } from '../services.ts';
import { readParagraphs } from '../queries/paragraph-reader.ts';
import { isReadable } from '../policies/thread-policy.ts';
import { addedMentions, findMentions } from '../text/mention-finder.ts';
import type { NotificationDraft } from './notification-creator.ts';
import type { DocumentRow, ThreadRow } from '../db/types.ts';
import { readerForUser } from '../queries/thread-access.ts';
import type { Participant } from '../policies/actors.ts';

export interface ThreadNotifierProps {
  db: DbHandle;
  thread: ThreadRow;
  /** Who wrote. */
  writer: Participant;
  /** What was written, and what it replaced when it is an edit. */
  body: string;
  previousBody?: string;
  /** Whether this message is a reply (its earlier writers hear about it). */
  isReply: boolean;
  /** The paragraph's label for the notification text ("OP3"). */
  paragraphLabel: string;
}

/**
 * Who hears about a new or edited message: users of the stakeholders it mentions, and (for replies) the
 * thread's earlier writers. Only people who may read the thread, never the writer. A mention outranks a reply.
 */
export function threadNotifications(props: ThreadNotifierProps): NotificationDraft[] {
  const { db, thread, writer, paragraphLabel } = props;
  const processId = writer.membership.processId;
  const canRead = (userId: string) => {
    if (userId === writer.user.id) return false;
    const reader = readerForUser(db, userId, processId);
    return reader !== null && isReadable(reader, thread);
  };
  const who = `${writer.user.name} (${writer.stakeholder.shortName})`;
  const base = { documentId: thread.documentId, threadId: thread.id };
  const drafts: NotificationDraft[] = [];

  const all = db.select({ id: stakeholders.id, name: stakeholders.name, shortName: stakeholders.shortName }).from(stakeholders).all();
  const mentioned = props.previousBody === undefined ? findMentions(props.body, all) : addedMentions(props.previousBody, props.body, all);
  if (mentioned.length > 0) {
    const names = new Map(all.map((s) => [s.id, s.shortName]));
    const recipients = db
      .select({ userId: memberships.userId, stakeholderId: memberships.stakeholderId })
      .from(memberships)
      .where(and(eq(memberships.processId, processId), inArray(memberships.stakeholderId, mentioned)))
      .all();
    for (const r of recipients) {
      if (!canRead(r.userId)) continue;
      drafts.push({
        ...base,
        userId: r.userId,
        kind: 'mention',
        text: `${who} mentioned ${names.get(r.stakeholderId)} on ${paragraphLabel}`,
      });
    }
  }

  if (props.isReply) {
    const writers = db
      .selectDistinct({ userId: threadMessages.authorUserId })
      .from(threadMessages)
      .where(eq(threadMessages.threadId, thread.id))
      .all();
    for (const { userId } of writers) {
      if (!canRead(userId)) continue;
      drafts.push({ ...base, userId, kind: 'reply', text: `${who} replied on ${paragraphLabel}` });
    }
  }
  return drafts;
}

/** How notifications name a paragraph: its number, or what kind of block it is when it has none. */
export function paragraphLabelOf(services: Pick<Services, 'db' | 'rooms'>, doc: DocumentRow, pid: string): string {
  const paragraph = readParagraphs(services, doc.id).find((p) => p.pid === pid);
  if (!paragraph) return 'a deleted paragraph';
  return paragraph.number || 'a heading';
}
