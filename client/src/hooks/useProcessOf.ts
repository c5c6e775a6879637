import { useEffect, useState } from 'react';
import { useMe, useSession } from './session.tsx';

export type ProcessOfState =
  { status: 'ready' } | { status: 'switching'; title: string } | { status: 'failed'; title: string; message: string; retry: () => void };

/**
 * Makes the process of what is open (a document of another of the person's processes, opened from a link)
 * the one this device works in, so that every control asking `useMe()` for the capacity asks about the right
 * one. `ready` once it is; nothing to do while `processId` is not known yet.
 */
export function useProcessOf(processId: string | undefined): ProcessOfState {
  const me = useMe();
  const { switchProcess } = useSession();
  const [failure, setFailure] = useState<{ processId: string; message: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const needed = processId !== undefined && processId !== me.process.id ? processId : null;

  useEffect(() => {
    if (needed === null) return;
    let current = true;
    switchProcess(needed).catch((error: unknown) => {
      if (current) setFailure({ processId: needed, message: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      current = false;
    };
  }, [needed, switchProcess, attempt]);

  if (needed === null) return { status: 'ready' };
  const title = me.processes.find((process) => process.id === needed)?.title ?? 'its process';
  if (failure?.processId === needed) {
    return {
      status: 'failed',
      title,
      message: failure.message,
      retry: () => {
        setFailure(null);
        setAttempt((n) => n + 1);
      },
    };
  }
  return { status: 'switching', title };
}
