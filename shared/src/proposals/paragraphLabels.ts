import type { ProposalKind } from '../domain/index.ts';
import { alternativeLabel, insertionLabel } from '../numbering/insertionLabels.ts';

export interface NumberedParagraph {
  pid: string;
  /** The paragraph's numbering label: "PP3", "OP12", "OP12(a)", "¶4". */
  number: string;
}

export interface ProposalAnchor {
  id: string;
  pid: string;
  kind: ProposalKind;
  /** Tabling order within the document. */
  seq: number;
}

/**
 * The number a paragraph is cited by in a suffixed label: operative and brief paragraphs drop their prefix
 * ("OP12" → "12", "¶4" → "4", "OP12(a)" → "12(a)"); preambular ones keep it ("PP3").
 */
export function citedNumber(number: string): string {
  return number.replace(/^OP(?=\d)/, '').replace(/^¶/, '');
}

/**
 * The paragraph label one proposal is shown under, from its target's current number (undefined when the
 * paragraph is gone) and `earlier`: how many proposals of the same kind on the same paragraph were tabled
 * before it, whatever their status. Only insertions and alternatives need `earlier` (12bis, 12ter; 12alt, 12alt2).
 */
export function proposalParagraphLabel(number: string | undefined, kind: ProposalKind, earlier: number): string | null {
  if (!number) return null;
  if (kind === 'amend' || kind === 'delete') return number;
  const cited = citedNumber(number);
  return kind === 'insert-after' ? insertionLabel(cited, earlier) : alternativeLabel(cited, earlier);
}

/**
 * The paragraph label each proposal is shown under: its target's number for an amendment or deletion
 * ("OP12"), "12bis", "12ter" … for new paragraphs proposed after it, "12alt", "12alt2" … for alternatives.
 * Suffixes follow tabling order over every proposal of that kind on the paragraph, whatever its status, so
 * a label once read out in the room never changes. Proposals on a paragraph that no longer exists get null.
 * The labels of a paragraph's proposals depend only on the proposals on that paragraph.
 */
export function proposalParagraphLabels(
  paragraphs: readonly NumberedParagraph[],
  proposals: readonly ProposalAnchor[],
  /** For a page of proposals: how many of each kind on each paragraph came before it (keys by `kindOnParagraph`). */
  earlierThanPage: ReadonlyMap<string, number> = new Map(),
): Map<string, string | null> {
  const numbers = new Map(paragraphs.map((p) => [p.pid, p.number]));
  const labels = new Map<string, string | null>();
  const counters = new Map(earlierThanPage);
  for (const proposal of [...proposals].sort((a, b) => a.seq - b.seq)) {
    const key = kindOnParagraph(proposal.kind, proposal.pid);
    const earlier = counters.get(key) ?? 0;
    counters.set(key, earlier + 1);
    labels.set(proposal.id, proposalParagraphLabel(numbers.get(proposal.pid), proposal.kind, earlier));
  }
  return labels;
}

/** The key that counts proposals of one kind on one paragraph. */
export function kindOnParagraph(kind: ProposalKind, pid: string): string {
  return `${kind}\u0000${pid}`;
}
