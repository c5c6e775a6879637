import { proposalParagraphLabels, type NumberedParagraph, type ProposalAnchor } from '../proposals/paragraphLabels.ts';
import type { ProposalStatus } from '../domain/index.ts';
import { tablingOrder } from './proposalOrder.ts';
import { proposalsByParagraph } from './proposalsByParagraph.ts';

export interface CompilableProposal extends ProposalAnchor {
  status: ProposalStatus;
}

/** One proposal as the compilation lists it, with the paragraph label it is read out under. */
export interface CompiledProposal<P> {
  proposal: P;
  /** "OP12", "12bis", "12alt2"; null when its paragraph is gone or is not numbered. */
  label: string | null;
}

export interface CompiledParagraph<T, P> {
  paragraph: T;
  /** Its proposals in tabling order. */
  proposals: CompiledProposal<P>[];
}

export interface Compilation<T, P> {
  /** Every paragraph asked for, in document order. */
  paragraphs: CompiledParagraph<T, P>[];
  /** Proposals on paragraphs no longer in the text, in tabling order; none when the compilation is of one paragraph. */
  orphans: CompiledProposal<P>[];
}

export interface CompilationOptions<P> {
  /** Only this paragraph. */
  pid?: string | null;
  /** Which proposals to list (all by default). Labels count every proposal given, listed or not. */
  include?: (proposal: P) => boolean;
  /**
   * Leave out the paragraphs none of whose proposals is listed, and the headings (unnumbered) with none of those
   * left under them: the compilation of what is still on the table.
   */
  listedOnly?: boolean;
}

/**
 * The compilation text of a reading: each paragraph of the document (in document order) with the proposals
 * on it (in tabling order), each labelled as the room reads it out: the paragraph's number for amendments
 * and deletions, 12bis, 12ter … for new paragraphs, 12alt, 12alt2 … for alternatives.
 */
export function compileProposals<T extends NumberedParagraph, P extends CompilableProposal>(
  paragraphs: readonly T[],
  proposals: readonly P[],
  options: CompilationOptions<P> = {},
): Compilation<T, P> {
  const labels = proposalParagraphLabels(paragraphs, proposals);
  const compiled = (proposal: P): CompiledProposal<P> => ({ proposal, label: labels.get(proposal.id) ?? null });
  const listed = options.include ? proposals.filter(options.include) : proposals;
  const byPid = proposalsByParagraph(listed, tablingOrder);
  const known = new Set(paragraphs.map((p) => p.pid));
  const asked = paragraphs
    .filter((paragraph) => !options.pid || paragraph.pid === options.pid)
    .map((paragraph) => ({ paragraph, proposals: (byPid.get(paragraph.pid) ?? []).map(compiled) }));
  return {
    paragraphs: options.listedOnly ? withListedProposals(asked) : asked,
    orphans: options.pid
      ? []
      : listed
          .filter((p) => !known.has(p.pid))
          .sort(tablingOrder)
          .map(compiled),
  };
}

/** The paragraphs with a listed proposal, each under the last heading before it (kept once, if any). */
function withListedProposals<T extends NumberedParagraph, P>(compiled: CompiledParagraph<T, P>[]): CompiledParagraph<T, P>[] {
  const kept: CompiledParagraph<T, P>[] = [];
  let heading: CompiledParagraph<T, P> | null = null;
  for (const entry of compiled) {
    if (!entry.paragraph.number) {
      heading = entry;
    } else if (entry.proposals.length > 0) {
      if (heading) kept.push(heading);
      heading = null;
      kept.push(entry);
    }
  }
  return kept;
}
