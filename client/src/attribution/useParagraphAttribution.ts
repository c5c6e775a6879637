import { useCallback, useEffect, useRef, useState } from 'react';
import { getParagraphAttribution, type AttributionRun } from '../api/attribution.ts';
import { loadStakeholders } from '../lib/stakeholderDirectory.ts';

/** Typing goes on for a while: ask again only once the paragraph has been still this long. */
const REFRESH_DEBOUNCE_MS = 700;
/** The live text can be ahead of the server for a moment (our own typing): ask again this often, a few times. */
const CATCH_UP_MS = 500;
const CATCH_UP_TRIES = 3;

export type ParagraphAttribution =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | {
      status: 'ready';
      runs: AttributionRun[];
      /** Stakeholder short names by id, for the colours the rest of the room uses. */
      shortNames: ReadonlyMap<string, string>;
      /** A newer reading is on its way (the text changed since). */
      refreshing: boolean;
    };

/**
 * Who wrote each word of one paragraph, read from the server when the paragraph is chosen and again (debounced)
 * whenever its live text changes. The last reading stays on screen while a newer one loads.
 */
export function useParagraphAttribution(documentId: string, pid: string, liveText: string | undefined): [ParagraphAttribution, () => void] {
  const [state, setState] = useState<ParagraphAttribution>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  /** The paragraph asked for, and the text of the reading on screen (null until one arrives). */
  const asked = useRef<{ pid: string; text: string | null } | null>(null);
  const catchUps = useRef(0);

  useEffect(() => {
    const samePid = asked.current?.pid === pid;
    if (samePid && asked.current!.text === liveText) {
      setState((current) => (current.status === 'ready' && current.refreshing ? { ...current, refreshing: false } : current));
      return;
    }
    if (samePid) {
      setState((current) => (current.status === 'ready' && !current.refreshing ? { ...current, refreshing: true } : current));
    } else {
      asked.current = { pid, text: null };
      catchUps.current = 0;
      setState({ status: 'loading' });
    }
    const controller = new AbortController();
    let catchUp = 0;
    const read = () =>
      Promise.all([getParagraphAttribution(documentId, pid, controller.signal), shortNamesOrNone()]).then(
        ([runs, shortNames]) => {
          if (controller.signal.aborted) return;
          const text = runs.map((run) => run.text).join('');
          asked.current = { pid, text };
          const behind = liveText !== undefined && text !== liveText && catchUps.current < CATCH_UP_TRIES;
          setState({ status: 'ready', runs, shortNames, refreshing: behind });
          if (behind) {
            catchUps.current += 1;
            catchUp = window.setTimeout(() => setAttempt((n) => n + 1), CATCH_UP_MS);
          } else {
            catchUps.current = 0;
          }
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          asked.current = { pid, text: null };
          setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
        },
      );
    const timer = window.setTimeout(() => void read(), samePid ? REFRESH_DEBOUNCE_MS : 0);
    return () => {
      window.clearTimeout(timer);
      window.clearTimeout(catchUp);
      controller.abort();
    };
  }, [documentId, pid, liveText, attempt]);

  const reload = useCallback(() => {
    asked.current = null;
    setAttempt((n) => n + 1);
  }, []);
  return [state, reload];
}

/** Colours fall back to the stakeholder id when the directory cannot be read: the writers still show. */
async function shortNamesOrNone(): Promise<ReadonlyMap<string, string>> {
  try {
    return new Map((await loadStakeholders()).map((s) => [s.id, s.shortName]));
  } catch {
    return new Map();
  }
}
