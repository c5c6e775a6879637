import type { StakeholderOption } from '../api/proposals.ts';
import { loadStakeholders } from '../lib/stakeholderDirectory.ts';
import { useLoaded } from './useLoaded.ts';

interface Stakeholders {
  stakeholders: readonly StakeholderOption[];
  error: Error | null;
  retry: () => void;
}

const NONE: readonly StakeholderOption[] = [];

const loadByName = async (): Promise<readonly StakeholderOption[]> =>
  [...(await loadStakeholders())].sort((a, b) => a.name.localeCompare(b.name, 'en'));

/** Every stakeholder of the installation (about 250), by name, for the pickers of the secretariat's forms. */
export function useStakeholders(): Stakeholders {
  const { value, error, retry } = useLoaded(loadByName);
  return { stakeholders: value ?? NONE, error, retry };
}
