import type { ProposalResponse } from '@plenary/shared/api/index';
import { proposalRedline, trackedChangeOrder } from '@plenary/shared/compilation/index';
import type { ModelBlock } from '@plenary/shared/document/index';
import { changedPieces, diffPieces, plainPieces, type ChangeAuthor, type Piece } from './tracked-pieces.ts';
import type { WordBlock } from './word-paragraph.ts';
import { blockStyle, cleanBlock } from './word-document.ts';

/** A tracked change is written in the tabling stakeholder's name, at the time it was tabled. */
export function proposalAuthor(proposal: Pick<ProposalResponse, 'tabledBy' | 'createdAt'>): ChangeAuthor {
  return { author: proposal.tabledBy.name, date: proposal.createdAt };
}

/**
 * The text with every pending proposal as Word tracked changes. On each paragraph the first change tabled
 * (amendment, deletion or alternative) is tracked in the paragraph itself; the others follow it as inserted
 * paragraphs introduced by their tabler, so that each can be accepted or rejected alone; new paragraphs
 * (12bis) come last, as inserted paragraphs.
 */
export function trackedBlocks(blocks: readonly ModelBlock[], proposals: readonly ProposalResponse[]): WordBlock[] {
  const pending = proposals.filter((p) => p.status === 'tabled').sort(trackedChangeOrder);
  const byPid = new Map<string, ProposalResponse[]>();
  for (const proposal of pending) byPid.set(proposal.pid, [...(byPid.get(proposal.pid) ?? []), proposal]);
  return blocks.flatMap((block) => {
    const onBlock = (block.pid && byPid.get(block.pid)) || [];
    if (onBlock.length === 0) return [cleanBlock(block)];
    const [first, ...others] = onBlock.filter((p) => p.kind !== 'insert-after');
    const after = onBlock.filter((p) => p.kind === 'insert-after');
    return [
      ...(first ? inParagraph(block, first) : [cleanBlock(block)]),
      ...others.map((proposal) => besideParagraph(block, proposal)),
      ...after.map((proposal) =>
        insertedParagraph(block, proposal.paragraphLabel, plainPieces([{ text: proposal.text ?? '', marks: [] }]), proposal),
      ),
    ];
  });
}

function inParagraph(block: ModelBlock, proposal: ProposalResponse): WordBlock[] {
  const by = proposalAuthor(proposal);
  switch (proposal.kind) {
    case 'amend':
      return [{ ...cleanBlock(block), pieces: diffPieces(block.runs, proposalRedline(proposal, block.text).ops, by) }];
    case 'delete':
      return [deletedParagraph(block, by)];
    default:
      return [
        deletedParagraph(block, by),
        insertedParagraph(block, proposal.paragraphLabel, plainPieces([{ text: proposal.text ?? '', marks: [] }]), proposal),
      ];
  }
}

function deletedParagraph(block: ModelBlock, by: ChangeAuthor): WordBlock {
  return { ...cleanBlock(block), pieces: changedPieces(block.runs, 'delete', by), whole: { kind: 'delete', by } };
}

/** A further proposal on a paragraph already changed by another: its whole wording, introduced by its tabler. */
function besideParagraph(block: ModelBlock, proposal: ProposalResponse): WordBlock {
  const what = proposal.kind === 'delete' ? 'delete the paragraph' : proposal.kind === 'alternative' ? 'alternative' : 'amendment';
  const intro: Piece = { text: `[${proposal.tabledBy.name}: ${what}]${proposal.text ? ' ' : ''}`, marks: ['italic'] };
  const wording = proposal.text ? plainPieces([{ text: proposal.text, marks: [] }]) : [];
  return insertedParagraph(block, proposal.paragraphLabel, [intro, ...wording], proposal);
}

function insertedParagraph(block: ModelBlock, label: string | null, pieces: Piece[], proposal: ProposalResponse): WordBlock {
  const by = proposalAuthor(proposal);
  return {
    style: blockStyle(block),
    label,
    pieces: pieces.map((piece) => ({ ...piece, change: { kind: 'insert', by } })),
    whole: { kind: 'insert', by },
  };
}
