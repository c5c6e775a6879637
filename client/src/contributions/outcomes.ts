import type { ContributionCounts } from '@plenary/shared/api/index';

export type Outcome = Exclude<keyof ContributionCounts, 'total'>;

/** The outcomes in the order the picture stacks them and the tables list them: what was taken in comes first. */
export const OUTCOMES: readonly { key: Outcome; label: string; color: string }[] = [
  { key: 'incorporated', label: 'Incorporated', color: '#1b6b3a' },
  { key: 'partlyIncorporated', label: 'Partly incorporated', color: '#74b77f' },
  { key: 'declined', label: 'Declined', color: '#a4262c' },
  { key: 'submitted', label: 'Awaiting decision', color: '#d49a1c' },
  { key: 'withdrawn', label: 'Withdrawn', color: '#9aa3ae' },
];

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "2 incorporated, 1 partly incorporated, 2 awaiting decision". */
export function describeOutcomes(counts: ContributionCounts): string {
  return OUTCOMES.filter(({ key }) => counts[key] > 0)
    .map(({ key, label }) => `${counts[key]} ${label.toLocaleLowerCase()}`)
    .join(', ');
}

/** "5 inputs: 2 incorporated, 1 partly incorporated, 2 awaiting decision"; "No inputs". */
export function describeCounts(counts: ContributionCounts): string {
  return counts.total === 0 ? 'No inputs' : `${plural(counts.total, 'input')}: ${describeOutcomes(counts)}`;
}

/** "Brief 3", or the title for a brief without a number. */
export function briefLabel(brief: { briefNumber: number | null; title: string }): string {
  return brief.briefNumber === null ? brief.title : `Brief ${brief.briefNumber}`;
}

/** The bar of a cell: one segment per outcome it has, in the order of OUTCOMES, sharing `width` by count. */
export function stackedSegments(counts: ContributionCounts, width: number) {
  const present = OUTCOMES.filter(({ key }) => counts[key] > 0);
  return present.map((outcome, index) => {
    const before = present.slice(0, index).reduce((sum, { key }) => sum + counts[key], 0);
    return {
      ...outcome,
      count: counts[outcome.key],
      x: (before / counts.total) * width,
      width: (counts[outcome.key] / counts.total) * width,
    };
  });
}
