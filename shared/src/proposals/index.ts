export { proposalLabel } from './proposalLabel.ts';
export {
  citedNumber,
  proposalParagraphLabel,
  proposalParagraphLabels,
  type NumberedParagraph,
  type ProposalAnchor,
} from './paragraphLabels.ts';
