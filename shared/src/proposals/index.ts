export { proposalLabel } from './proposalLabel.ts';
export {
  citedNumber,
  proposalParagraphLabel,
  proposalParagraphLabels,
  type NumberedParagraph,
  type ProposalAnchor,
} from './paragraphLabels.ts';
export { reverseAcceptedWording, type AcceptedWording, type WordingReversal } from './acceptanceReversal.ts';
