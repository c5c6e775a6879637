import type { ContributionCounts } from '@plenary/shared/api/index';
import type { InputStatus } from '@plenary/shared/domain/index';

/** Where each state of an input is counted: an input incorporated with an edit was partly taken in. */
const COUNTED_AS: Record<InputStatus, Exclude<keyof ContributionCounts, 'total'>> = {
  submitted: 'submitted',
  incorporated: 'incorporated',
  'incorporated-with-edit': 'partlyIncorporated',
  declined: 'declined',
  withdrawn: 'withdrawn',
};

export function noContributions(): ContributionCounts {
  return { submitted: 0, incorporated: 0, partlyIncorporated: 0, declined: 0, withdrawn: 0, total: 0 };
}

/** Adds `n` inputs in `status` to the counts, in place. */
export function countInputs(counts: ContributionCounts, status: InputStatus, n: number): void {
  counts[COUNTED_AS[status]] += n;
  counts.total += n;
}
