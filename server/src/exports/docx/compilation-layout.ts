import type { ProposalResponse } from '@plenary/shared/api/index';
import { attribution, proposalRedline, tablingOrder } from '@plenary/shared/compilation/index';
import type { ModelBlock } from '@plenary/shared/document/index';
import { issuedDate, cleanBlock } from './word-document.ts';
import { shownPieces, type Piece } from './tracked-pieces.ts';
import type { WordBlock } from './word-paragraph.ts';

const KIND_LABELS: Record<ProposalResponse['kind'], string> = {
  amend: 'amend',
  delete: 'delete the paragraph',
  'insert-after': 'new paragraph',
  alternative: 'alternative',
};

/**
 * The compilation text: each paragraph as it reads, followed by the proposals pending on it in tabling order,
 * each with its attribution ("EU, co-sponsored by Canada, supported by Norway; opposed by G77 and China") and
 * its redline against the paragraph as it reads now.
 */
export function compilationBlocks(blocks: readonly ModelBlock[], proposals: readonly ProposalResponse[]): WordBlock[] {
  const pending = proposals.filter((p) => p.status === 'tabled');
  return blocks.flatMap((block) => {
    const onBlock = pending.filter((p) => p.pid === block.pid).sort(tablingOrder);
    return [cleanBlock(block), ...onBlock.flatMap((proposal) => proposalEntry(block, proposal))];
  });
}

function proposalEntry(block: ModelBlock, proposal: ProposalResponse): WordBlock[] {
  const line = `${KIND_LABELS[proposal.kind]}: ${attribution(proposal)} (tabled ${issuedDate(proposal.createdAt)})`;
  const wording: Piece[] = shownPieces(proposalRedline(proposal, block.text).ops);
  const entries: WordBlock[] = [
    { style: 'attribution', label: null, pieces: [{ text: line, marks: [] }] },
    { style: 'proposal', label: proposal.paragraphLabel, pieces: wording },
  ];
  if (proposal.justification.trim()) {
    entries.push({ style: 'attribution', label: null, pieces: [{ text: `Justification: ${proposal.justification}`, marks: [] }] });
  }
  return entries;
}
