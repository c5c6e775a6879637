import { attribution } from '@plenary/shared/compilation/index';
import type { ProposalKind } from '@plenary/shared/domain/index';
import type { ExportProposal } from './export-document.ts';

const KIND_NAMES: Record<ProposalKind, string> = {
  amend: 'amendment',
  delete: 'deletion',
  'insert-after': 'new paragraph',
  alternative: 'alternative wording',
};

/** How the compilation introduces a proposal: "12bis (new paragraph) EU, supported by Canada; opposed by G77 and China". */
export function compilationHeading({ proposal, outdated }: ExportProposal): { label: string; kind: string; attribution: string } {
  return {
    label: proposal.paragraphLabel ?? '—',
    kind: KIND_NAMES[proposal.kind] + (outdated ? ', outdated: to be re-tabled' : ''),
    attribution: attribution(proposal),
  };
}
