import { replyToThread, type Thread } from '../api/threads.ts';
import type { CommentStore } from './commentStore.ts';
import { MessageComposer } from './MessageComposer.tsx';

interface Props {
  thread: Thread;
  store: CommentStore;
}

export function ReplyBox({ thread, store }: Props) {
  return (
    <MessageComposer
      memoryKey={`reply:${thread.id}`}
      store={store}
      label="Reply"
      placeholder="Reply… (@ to mention a delegation)"
      submitLabel="Reply"
      testId="reply-body"
      submitTestId="reply-submit"
      onSubmit={async (body) => {
        await replyToThread(thread.id, body);
        await store.threads.refresh(thread.id);
      }}
    />
  );
}
