import type { ProposalKind } from '../domain/index.ts';

interface Ordered {
  kind: ProposalKind;
  /** Tabling order within the document. */
  seq: number;
}

/** The order the compilation lists a paragraph's proposals in: as they were tabled. */
export function tablingOrder(a: Ordered, b: Ordered): number {
  return a.seq - b.seq;
}

/** Amendments, deletions and alternatives first, new paragraphs (12bis) last: they read after the paragraph. */
const READING_PLACE: Record<ProposalKind, number> = { amend: 0, alternative: 0, delete: 0, 'insert-after': 1 };

/** The order tracked changes stack under a paragraph: changes to it, then new paragraphs after it; each as tabled. */
export function trackedChangeOrder(a: Ordered, b: Ordered): number {
  return READING_PLACE[a.kind] - READING_PLACE[b.kind] || tablingOrder(a, b);
}
