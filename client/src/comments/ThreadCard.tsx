import { useEffect, useRef } from 'react';
import { markThreadRead, type Thread } from '../api/threads.ts';
import type { CommentStore } from './commentStore.ts';
import { ThreadActions } from './ThreadActions.tsx';
import { ThreadMessageItem } from './ThreadMessageItem.tsx';
import { ReplyBox } from './ReplyBox.tsx';
import { withMentions } from './MessageBody.tsx';
import { visibilityBadge } from './visibility.ts';
import { useMe } from '../hooks/session.tsx';

interface Props {
  thread: Thread;
  /** The paragraph's label ("OP5"); undefined when the paragraph has been deleted. */
  label: string | undefined;
  active: boolean;
  /** The commented words are gone: the thread stands for the whole paragraph. */
  detached: boolean;
  store: CommentStore;
}

function preview(thread: Thread): string {
  const first = thread.messages.find((m) => !m.deleted);
  return first ? first.body : 'Message deleted';
}

/** One thread: collapsed to its first message, or open with every message, the reply box and its actions. */
export function ThreadCard({ thread, label, active, detached, store }: Props) {
  const me = useMe();
  const root = useRef<HTMLElement>(null);
  const replies = thread.messages.length - 1;

  useEffect(() => {
    if (active) root.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  // Reading an open thread marks it read, including messages that arrive while it is open.
  useEffect(() => {
    if (!active || !thread.unread) return;
    markThreadRead(thread.id).then(
      (updated) => store.threads.put(updated),
      () => {},
    );
  }, [active, thread.unread, thread.updatedAt, thread.id, store]);

  return (
    <article
      ref={root}
      className={`thread-card${active ? ' is-active' : ''}${thread.status === 'resolved' ? ' is-resolved' : ''}`}
      data-testid="thread-card"
      data-thread-id={thread.id}
      data-visibility={thread.visibility}
      data-status={thread.status}
      data-unread={thread.unread}
      aria-label={`Comment thread on ${label ?? 'a deleted paragraph'}`}
    >
      <button type="button" className="thread-card__head" aria-expanded={active} onClick={() => store.toggleThread(thread.id)}>
        {thread.unread && <span className="thread-card__unread" data-testid="thread-unread" title="New since you last read it" />}
        <span className="thread-card__where">{label ?? 'Deleted paragraph'}</span>
        <span className={`visibility-badge visibility-badge--${thread.visibility}`} data-testid="thread-visibility-badge">
          {visibilityBadge(thread, me)}
        </span>
        {thread.status === 'resolved' && <span className="thread-card__status">Resolved</span>}
      </button>
      {thread.anchor && (
        <blockquote className={`thread-card__quote${detached ? ' is-detached' : ''}`} data-testid="thread-quote">
          {thread.anchor.quote}
        </blockquote>
      )}
      {detached && <p className="thread-card__note">These words were deleted: the comment now concerns the whole paragraph.</p>}
      {active ? (
        <>
          <ol className="thread-card__messages">
            {thread.messages.map((message) => (
              <li key={message.id}>
                <ThreadMessageItem message={message} store={store} />
              </li>
            ))}
          </ol>
          {thread.can.reply && <ReplyBox thread={thread} store={store} />}
          <ThreadActions thread={thread} store={store} />
        </>
      ) : (
        <button type="button" className="thread-card__preview" onClick={() => store.toggleThread(thread.id)}>
          <span className="thread-card__author">{thread.author.name}</span> {withMentions(preview(thread))}
          {replies > 0 && <span className="thread-card__replies">{replies === 1 ? '1 reply' : `${replies} replies`}</span>}
        </button>
      )}
    </article>
  );
}
