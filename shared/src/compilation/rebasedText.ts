import { rebaseProposal } from '../diff/rebase.ts';
import type { RedlineProposal } from './proposalRedline.ts';

/**
 * The text a pending proposal would give the paragraph now: an amendment re-applied to the paragraph as it
 * reads (`currentText`) when it still applies, null when it no longer does or the proposal has no text.
 */
export function rebasedText(proposal: Pick<RedlineProposal, 'kind' | 'baseText' | 'text'>, currentText: string): string | null {
  if (proposal.text === null) return null;
  if (proposal.kind !== 'amend' || currentText === proposal.baseText) return proposal.text;
  const rebased = rebaseProposal(proposal.baseText, proposal.text, currentText);
  return rebased.status === 'clean' ? rebased.text : null;
}
