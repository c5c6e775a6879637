import { useEffect, useState } from 'react';
import { searchStakeholders, type MentionCandidate } from '../api/threads.ts';

const DELAY_MS = 120;

/** Stakeholders matching what follows an `@`, fetched as the user types (null query: nothing to suggest). */
export function useMentionSuggestions(query: string | null): MentionCandidate[] {
  const [found, setFound] = useState<{ query: string; items: MentionCandidate[] } | null>(null);

  useEffect(() => {
    if (query === null) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      searchStakeholders(query, controller.signal).then(
        (items) => setFound({ query, items }),
        () => {},
      );
    }, DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  return query !== null && found ? found.items : [];
}

const MENTION_BEFORE_CARET = /(?:^|[^\p{L}\p{N}_])@([\p{L}\p{N}_.'’-]{0,40})$/u;

/** The mention being typed at the caret: where its `@` is and what follows it, or null. */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const match = MENTION_BEFORE_CARET.exec(text.slice(0, caret));
  if (!match) return null;
  const [, query = ''] = match;
  return { start: caret - query.length - 1, query };
}
