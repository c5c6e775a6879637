export {
  compileProposals,
  type CompilableProposal,
  type Compilation,
  type CompilationOptions,
  type CompiledParagraph,
  type CompiledProposal,
} from './compileProposals.ts';
export { proposalsByParagraph } from './proposalsByParagraph.ts';
export { tablingOrder, trackedChangeOrder } from './proposalOrder.ts';
export { proposalRedline, type Redline, type RedlineProposal, type RedlineState } from './proposalRedline.ts';
export { rebasedText } from './rebasedText.ts';
export { splitEdges } from './redlineEdges.ts';
export { condenseRedline } from './condenseRedline.ts';
export { attribution, listNames, type AttributedProposal } from './attribution.ts';
