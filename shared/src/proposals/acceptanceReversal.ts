import { rebaseProposal, type RebaseConflict } from '../diff/index.ts';

/** The three readings of a paragraph that reopening an accepted amendment or alternative works from. */
export interface AcceptedWording {
  /** What the paragraph read just before the proposal was accepted. */
  before: string;
  /** What the acceptance made of it. */
  accepted: string;
  /** What it reads now. */
  current: string;
}

export type WordingReversal = { status: 'clean'; text: string } | { status: 'changed'; reason: string };

/**
 * Takes an accepted wording back out of a paragraph: the word diff from the accepted text back to the text
 * before is replayed onto the paragraph as it reads now, so edits the pen made elsewhere in it stay. When the
 * pen has since changed the very words the acceptance brought in, nothing is reverted and the reason says
 * where ("OP3 has changed since the proposal was accepted: …").
 */
export function reverseAcceptedWording(label: string, { before, accepted, current }: AcceptedWording): WordingReversal {
  const reverted = rebaseProposal(accepted, before, current);
  if (reverted.status === 'clean') return reverted;
  const first = reverted.conflicts[0]!;
  return { status: 'changed', reason: `${label} has changed since the proposal was accepted: ${whatChanged(first)}.` };
}

/** One colliding stretch in plain words; `base` is the accepted text, `proposed` the text before. */
function whatChanged({ base, proposed, current }: RebaseConflict): string {
  const [brought, before, now] = [base.trim(), proposed.trim(), current.trim()];
  if (!brought) return `“${now}” was written where the proposal took out “${before}”`;
  if (!now) return `the words “${brought}” it brought in have been deleted`;
  return `the words “${brought}” it brought in now read “${now}”`;
}
