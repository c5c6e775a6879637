import { proposalRedline as redlineOf, type Redline } from '@plenary/shared/compilation/index';
import type { Proposal } from '../api/proposals.ts';

const cache = new Map<string, Redline>();
const CACHE_LIMIT = 400;

/**
 * The redline of a proposal against the paragraph's current text, remembered for as long as neither
 * changes: the tracked changes redraw it on every edit of the document.
 */
export function proposalRedline(proposal: Proposal, currentText: string | undefined): Redline {
  const key = `${proposal.id}\u0000${proposal.updatedAt}\u0000${proposal.status}\u0000${proposal.outdated}\u0000${currentText ?? ''}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const redline = redlineOf(proposal, currentText);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, redline);
  return redline;
}
