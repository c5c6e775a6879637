import { useCallback, useEffect, useState } from 'react';
import { useLiveEvents } from '../live/useLiveEvents.ts';
import { getBriefContributions, getContributionMatrix } from './api.ts';

export type Reading<T> = { status: 'loading' } | { status: 'error'; error: Error } | { status: 'ready'; value: T };

/**
 * Reads once, then again, quietly, whenever an input is submitted, withdrawn or decided, a brief moves stage (which
 * changes who sees which brief) or the event stream reconnects: what is shown stays until the new answer arrives,
 * and only a first failure replaces it.
 */
function useLiveReading<T>(
  load: (signal: AbortSignal) => Promise<T>,
  key: string,
  options: { documentId?: string; enabled?: boolean } = {},
) {
  const { documentId, enabled = true } = options;
  const [reading, setReading] = useState<Reading<T> & { key: string }>({ key, status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const again = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (value) => !controller.signal.aborted && setReading({ key, status: 'ready', value }),
      (cause: unknown) => {
        if (controller.signal.aborted) return;
        const error = cause instanceof Error ? cause : new Error(String(cause));
        setReading((shown) => (shown.key === key && shown.status === 'ready' ? shown : { key, status: 'error', error }));
      },
    );
    return () => controller.abort();
    // `key` and `attempt` name everything the load depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt, enabled]);

  useLiveEvents({ 'input.changed': again, 'document.stage-changed': again }, { documentId, onReconnect: again, enabled });
  const current: Reading<T> = reading.key === key ? reading : { status: 'loading' };
  return { reading: current, retry: again };
}

/** `enabled: false` for those the server refuses: asking would only show its refusal in the console. */
export function useContributionMatrix(enabled: boolean) {
  return useLiveReading((signal) => getContributionMatrix(signal), 'matrix', { enabled });
}

export function useBriefContributions(documentId: string) {
  return useLiveReading((signal) => getBriefContributions(documentId, signal), documentId, { documentId });
}
