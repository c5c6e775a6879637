import { useState } from 'react';
import { deleteMessage, editMessage, type ThreadMessage } from '../api/threads.ts';
import { useNow } from '../hooks/useNow.ts';
import { formatDateTime, relativeTime } from '../lib/dates.ts';
import { stakeholderColor } from '../lib/stakeholderColor.ts';
import type { CommentStore } from './commentStore.ts';
import { MessageBody } from './MessageBody.tsx';
import { MessageComposer } from './MessageComposer.tsx';

interface Props {
  message: ThreadMessage;
  store: CommentStore;
}

/** One message, attributed (person — stakeholder — capacity, and when); its author may edit or delete it. */
export function ThreadMessageItem({ message, store }: Props) {
  const now = useNow();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { author } = message;
  const color = author.stakeholder ? stakeholderColor(author.stakeholder.shortName) : undefined;

  async function save(body: string) {
    await editMessage(message.id, body);
    setEditing(false);
    await store.threads.refresh(message.threadId);
  }

  async function remove() {
    setError(null);
    try {
      await deleteMessage(message.id);
      setConfirming(false);
      await store.threads.refresh(message.threadId);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  }

  return (
    <div className={`message${message.deleted ? ' is-deleted' : ''}`} data-testid="message" data-message-id={message.id}>
      <p className="message__by" style={color ? { borderLeftColor: color } : undefined}>
        <span className="message__name">{author.name}</span>
        {author.stakeholder && <span style={{ color }}> — {author.stakeholder.shortName}</span>}
        <span className="message__capacity"> — {author.roleLabel}</span>
        <time className="message__time" dateTime={message.createdAt} title={formatDateTime(message.createdAt)}>
          {relativeTime(message.createdAt, now)}
        </time>
        {message.editedAt && !message.deleted && (
          <span className="message__edited" title={`Edited ${formatDateTime(message.editedAt)}`}>
            (edited)
          </span>
        )}
      </p>
      {message.deleted ? (
        <p className="message__tombstone">Message deleted</p>
      ) : editing ? (
        <MessageComposer
          memoryKey={`edit:${message.id}`}
          store={store}
          initial={message.body}
          label="Edit your message"
          submitLabel="Save"
          onSubmit={save}
          onCancel={() => setEditing(false)}
          testId="edit-body"
          autoFocus
        />
      ) : (
        <MessageBody text={message.body} />
      )}
      {!message.deleted && !editing && (message.can.edit || message.can.delete) && (
        <div className="message__tools">
          {message.can.edit && (
            <button type="button" className="link-button" onClick={() => setEditing(true)} data-testid="message-edit">
              Edit
            </button>
          )}
          {message.can.delete &&
            (confirming ? (
              <>
                <button
                  type="button"
                  className="link-button link-button--danger"
                  onClick={() => void remove()}
                  data-testid="message-delete-confirm"
                >
                  Delete this message
                </button>
                <button type="button" className="link-button" onClick={() => setConfirming(false)}>
                  Keep it
                </button>
              </>
            ) : (
              <button type="button" className="link-button" onClick={() => setConfirming(true)} data-testid="message-delete">
                Delete
              </button>
            ))}
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
