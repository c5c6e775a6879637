import { listStakeholders, type StakeholderOption } from '../api/proposals.ts';

let cached: Promise<StakeholderOption[]> | null = null;

/** Every stakeholder of the deployment, fetched once per tab (and again after a failure). */
export function loadStakeholders(): Promise<StakeholderOption[]> {
  cached ??= listStakeholders().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}
