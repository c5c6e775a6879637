import { Paragraph, type ICommentOptions } from 'docx';
import type { People } from '../../queries/thread-loader.ts';
import type { ThreadWithMessages } from '../../queries/thread-lister.ts';
import type { CommentSpan } from './word-paragraph.ts';

export interface WordComments {
  comments: ICommentOptions[];
  /** pid → the comment spans on that paragraph. */
  spans: Map<string, CommentSpan[]>;
}

/**
 * Threads as Word comments: the first message anchored to the thread's words, each reply a comment answering
 * it (w15:paraIdParent), every one marked done when the thread is resolved. `threads` must already be only
 * those the exporting user may read; deleted messages are left out.
 */
export function wordComments(
  threads: readonly ThreadWithMessages[],
  people: People,
  offsets: ReadonlyMap<string, { from: number; to: number }>,
): WordComments {
  const comments: ICommentOptions[] = [];
  const spans = new Map<string, CommentSpan[]>();
  for (const { thread, messages } of threads) {
    const span = offsets.get(thread.id);
    const kept = messages.filter((m) => m.deletedAt === null);
    if (!span || kept.length === 0) continue;
    const rootId = comments.length;
    const ids: number[] = [];
    for (const message of kept) {
      const id = comments.length;
      ids.push(id);
      const stakeholder = people.stakeholder(message.authorStakeholderId);
      const name = people.userName(message.authorUserId);
      comments.push({
        id,
        author: stakeholder ? `${name} (${stakeholder.name})` : name,
        initials: stakeholder?.shortName ?? initialsOf(name),
        date: new Date(message.createdAt),
        children: message.body.split('\n').map((line) => new Paragraph({ text: line })),
        ...(id === rootId ? {} : { parentId: rootId }),
        resolved: thread.resolvedAt !== null,
      });
    }
    spans.set(thread.pid, [...(spans.get(thread.pid) ?? []), { ids, ...span }]);
  }
  return { comments, spans };
}

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase())
    .join('');
}
