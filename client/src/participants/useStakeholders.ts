import { useEffect, useState } from 'react';
import type { StakeholderOption } from '../api/proposals.ts';
import { loadStakeholders } from '../lib/stakeholderDirectory.ts';

interface Stakeholders {
  stakeholders: readonly StakeholderOption[];
  error: Error | null;
  retry: () => void;
}

const NONE: readonly StakeholderOption[] = [];

/** Every stakeholder of the installation (about 250), by name, for the pickers of the secretariat's forms. */
export function useStakeholders(): Stakeholders {
  const [stakeholders, setStakeholders] = useState<readonly StakeholderOption[]>(NONE);
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    loadStakeholders().then(
      (all) => current && setStakeholders([...all].sort((a, b) => a.name.localeCompare(b.name, 'en'))),
      (failure: unknown) => current && setError(failure instanceof Error ? failure : new Error(String(failure))),
    );
    return () => {
      current = false;
    };
  }, [attempt]);
  return {
    stakeholders,
    error,
    retry: () => {
      setError(null);
      setAttempt((n) => n + 1);
    },
  };
}
