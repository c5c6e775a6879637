import type { ThreadVisibility } from '@plenary/shared/permissions/index';
import { useId, useState } from 'react';
import { createThread } from '../api/threads.ts';
import { useMe } from '../hooks/session.tsx';
import type { CommentStore, ThreadDraft } from './commentStore.ts';
import { MessageComposer } from './MessageComposer.tsx';
import { visibilityChoices } from './visibility.ts';

interface Props {
  store: CommentStore;
  draft: ThreadDraft;
  documentId: string;
  /** The paragraph's label ("OP5"). */
  label: string;
}

const VISIBILITY_MEMORY = 'new-thread:visibility';

/** Opens a thread on a paragraph or on the selected words, in the confidentiality layer the author chooses. */
export function NewThreadForm({ store, draft, documentId, label }: Props) {
  const me = useMe();
  const selectId = useId();
  const [visibility, setVisibility] = useState<ThreadVisibility>(
    () => (store.unsent.get(VISIBILITY_MEMORY) as ThreadVisibility | undefined) ?? 'all',
  );

  function choose(value: ThreadVisibility) {
    setVisibility(value);
    store.unsent.set(VISIBILITY_MEMORY, value);
  }

  async function submit(body: string) {
    const thread = await createThread(documentId, { pid: draft.pid, visibility, body, anchor: draft.anchor });
    store.unsent.delete(VISIBILITY_MEMORY);
    store.upsertThread(thread);
    store.update({ draft: null, activeThreadId: thread.id });
  }

  return (
    <section className="thread-form" data-testid="thread-form" aria-label={`New comment on ${label}`}>
      <h3 className="thread-form__title">New comment on {label}</h3>
      {draft.anchor && <blockquote className="thread-card__quote">{draft.anchor.quote}</blockquote>}
      <label className="thread-form__field" htmlFor={selectId}>
        <span>Visible to</span>
        <select
          id={selectId}
          value={visibility}
          onChange={(e) => choose(e.target.value as ThreadVisibility)}
          data-testid="thread-visibility"
        >
          {visibilityChoices(me).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <MessageComposer
        memoryKey={`new-thread:${draft.pid}:${draft.anchor?.start ?? ''}`}
        store={store}
        label="Your comment"
        placeholder="Your comment… (@ to mention a delegation)"
        submitLabel="Comment"
        testId="thread-body"
        autoFocus
        submitTestId="thread-submit"
        onSubmit={submit}
        onCancel={() => store.update({ draft: null })}
      />
    </section>
  );
}
