export { proposalLabel } from './proposalLabel.ts';
export { citedNumber, proposalParagraphLabels, type NumberedParagraph, type ProposalAnchor } from './paragraphLabels.ts';
