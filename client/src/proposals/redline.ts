import { proposalRedline as redlineOf, type Redline } from '@plenary/shared/compilation/index';
import type { Proposal } from '../api/proposals.ts';

/** By proposal id: one entry per proposal, so a pile of thousands is never evicted round by round. */
const cache = new Map<string, { version: string; redline: Redline }>();

/**
 * The redline of a proposal against the paragraph's current text, remembered for as long as neither
 * changes: the tracked changes redraw it on every edit of the document.
 */
export function proposalRedline(proposal: Proposal, currentText: string | undefined): Redline {
  const version = `${proposal.updatedAt}\u0000${proposal.status}\u0000${proposal.outdated}\u0000${currentText ?? ''}`;
  const cached = cache.get(proposal.id);
  if (cached?.version === version) return cached.redline;
  const redline = redlineOf(proposal, currentText);
  cache.set(proposal.id, { version, redline });
  return redline;
}
