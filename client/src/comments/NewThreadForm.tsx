import type { ThreadVisibility } from '@plenary/shared/domain/index';
import { useState } from 'react';
import { createThread } from '../api/threads.ts';
import { useMe } from '../hooks/session.tsx';
import type { CommentStore, ThreadDraft } from './commentStore.ts';
import { MessageComposer } from './MessageComposer.tsx';
import { ThreadAudiencePicker } from './ThreadAudiencePicker.tsx';
import { threadGroups, visibilityChoices } from './visibility.ts';

interface Props {
  store: CommentStore;
  draft: ThreadDraft;
  documentId: string;
  /** The paragraph's label ("OP5"). */
  label: string;
}

const VISIBILITY_MEMORY = 'new-thread:visibility';
const GROUP_MEMORY = 'new-thread:group';

/** Opens a thread on a paragraph or on the selected words, in the confidentiality layer the author chooses. */
export function NewThreadForm({ store, draft, documentId, label }: Props) {
  const me = useMe();
  const choices = visibilityChoices(me);
  const groups = threadGroups(me);
  const [visibility, setVisibility] = useState<ThreadVisibility>(() => {
    const remembered = store.unsent.get(VISIBILITY_MEMORY);
    return choices.find((choice) => choice.value === remembered)?.value ?? 'all';
  });
  // Like the server, a group speaks in its own circle unless told otherwise; a member state must say which group.
  const [groupId, setGroupId] = useState(() => {
    const remembered = store.unsent.get(GROUP_MEMORY);
    if (groups.some((group) => group.id === remembered)) return remembered!;
    return groups.length === 1 || me.stakeholder.kind === 'group' ? groups[0]!.id : '';
  });

  function chooseVisibility(value: ThreadVisibility) {
    setVisibility(value);
    store.unsent.set(VISIBILITY_MEMORY, value);
  }

  function chooseGroup(value: string) {
    setGroupId(value);
    store.unsent.set(GROUP_MEMORY, value);
  }

  async function submit(body: string) {
    if (visibility === 'group' && !groupId) throw new Error('Choose the group that may read this comment.');
    const audience = visibility === 'group' ? { groupId } : {};
    // Only the positions: the server reads the quoted words from the text under them.
    const anchor = draft.anchor && { start: draft.anchor.start, end: draft.anchor.end };
    const thread = await createThread(documentId, { pid: draft.pid, visibility, ...audience, body, anchor });
    store.unsent.delete(VISIBILITY_MEMORY);
    store.unsent.delete(GROUP_MEMORY);
    store.threads.put(thread);
    store.update({ draft: null, activeThreadId: thread.id });
  }

  return (
    <section className="thread-form" data-testid="thread-form" aria-label={`New comment on ${label}`}>
      <h3 className="thread-form__title">New comment on {label}</h3>
      {draft.anchor && <blockquote className="thread-card__quote">{draft.anchor.quote}</blockquote>}
      <ThreadAudiencePicker
        choices={choices}
        visibility={visibility}
        onVisibility={chooseVisibility}
        groups={groups}
        groupId={groupId}
        onGroup={chooseGroup}
      />
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
