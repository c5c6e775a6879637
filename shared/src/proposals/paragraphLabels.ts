import type { ProposalKind } from '../validation/proposals.ts';
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
 * The paragraph label each proposal is shown under: its target's number for an amendment or deletion
 * ("OP12"), "12bis", "12ter" … for new paragraphs proposed after it, "12alt", "12alt2" … for alternatives.
 * Suffixes follow tabling order over every proposal of that kind on the paragraph, whatever its status, so
 * a label once read out in the room never changes. Proposals on a paragraph that no longer exists get null.
 */
export function proposalParagraphLabels(
  paragraphs: readonly NumberedParagraph[],
  proposals: readonly ProposalAnchor[],
): Map<string, string | null> {
  const numbers = new Map(paragraphs.map((p) => [p.pid, p.number]));
  const labels = new Map<string, string | null>();
  const counters = new Map<string, number>();
  for (const proposal of [...proposals].sort((a, b) => a.seq - b.seq)) {
    const number = numbers.get(proposal.pid);
    if (!number) {
      labels.set(proposal.id, null);
      continue;
    }
    if (proposal.kind === 'amend' || proposal.kind === 'delete') {
      labels.set(proposal.id, number);
      continue;
    }
    const key = `${proposal.kind}\u0000${proposal.pid}`;
    const index = counters.get(key) ?? 0;
    counters.set(key, index + 1);
    const cited = citedNumber(number);
    labels.set(proposal.id, proposal.kind === 'insert-after' ? insertionLabel(cited, index) : alternativeLabel(cited, index));
  }
  return labels;
}
