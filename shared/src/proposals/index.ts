export { proposalLabel } from './proposalLabel.ts';
export {
  citedNumber,
  kindOnParagraph,
  proposalParagraphLabel,
  proposalParagraphLabels,
  type NumberedParagraph,
  type ProposalAnchor,
} from './paragraphLabels.ts';
export { reverseAcceptedWording, type AcceptedWording, type WordingReversal } from './acceptanceReversal.ts';
