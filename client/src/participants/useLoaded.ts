import { useEffect, useState } from 'react';

interface Loaded<T> {
  /** Null until loaded. */
  value: T | null;
  error: Error | null;
  /** Loads again after a failure. */
  retry: () => void;
}

/** What `load` answers, asked on mount; `load` must be the same function at each render (a module's). */
export function useLoaded<T>(load: () => Promise<T>): Loaded<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (loaded) => current && setValue(() => loaded),
      (failure: unknown) => current && setError(failure instanceof Error ? failure : new Error(String(failure))),
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);
  return {
    value,
    error,
    retry: () => {
      setError(null);
      setAttempt((n) => n + 1);
    },
  };
}
