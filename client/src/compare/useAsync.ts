import { useCallback, useEffect, useState } from 'react';

export type Loaded<T> = { status: 'loading' } | { status: 'error'; error: Error } | { status: 'ready'; value: T };

type Settled<T> = Exclude<Loaded<T>, { status: 'loading' }> & { key: string };

/**
 * Runs `load` whenever its inputs change (the previous run aborted) and `retry` runs it again. Until the run
 * for the current inputs settles, the answer is `loading`: an answer for other inputs is never shown.
 */
export function useAsync<T>(
  load: (signal: AbortSignal) => Promise<T>,
  inputs: readonly (string | number)[],
): Loaded<T> & { retry: () => void } {
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify([...inputs, attempt]);
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (value) => !controller.signal.aborted && setSettled({ key, status: 'ready', value }),
      (error: unknown) =>
        !controller.signal.aborted &&
        setSettled({ key, status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => controller.abort();
    // `key` names everything the load depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const current: Loaded<T> = settled?.key === key ? settled : { status: 'loading' };
  return { ...current, retry };
}
