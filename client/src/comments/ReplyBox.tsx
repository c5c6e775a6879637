import { replyToThread, type Thread } from '../api/threads.ts';
import type { CommentStore } from './commentStore.ts';
import { MessageComposer } from './MessageComposer.tsx';

interface Props {
  thread: Thread;
  store: CommentStore;
  refreshThread: (threadId: string) => Promise<void>;
}

export function ReplyBox({ thread, store, refreshThread }: Props) {
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
        await refreshThread(thread.id);
      }}
    />
  );
}
