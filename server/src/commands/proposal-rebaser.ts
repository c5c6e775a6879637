import { and, eq, ne } from 'drizzle-orm';
import { rebaseProposal } from '@plenary/shared/diff/index';
import type { DbHandle } from '../db/client.ts';
import { proposals } from '../db/schema.ts';
import { audit } from './audit.ts';
import { proposalDiff } from './proposal-diff.ts';
import type { NotificationDraft } from './notification-creator.ts';
import type { ProposalRow } from '../db/types.ts';
import type { ProposalAccess } from '../queries/proposal-access.ts';
import type { ProposalChange } from './proposal-change.ts';

/** What became of the paragraph an accepted proposal targeted. */
export type ParagraphOutcome = { kind: 'removed' } | { kind: 'rewritten'; text: string } | { kind: 'unchanged' };

export interface RebaseResult {
  changes: ProposalChange[];
  /** For the authors of proposals that no longer apply and must be re-tabled. */
  notifications: NotificationDraft[];
}

/**
 * Carries the other pending proposals on the paragraph over to its new text. A word-level change that
 * still applies is rebased onto it; one that touched the same words, or any proposal on a removed
 * paragraph, is flagged outdated for its author to re-table. Call inside the accepting transaction.
 */
export function rebaseCompetingProposals(
  db: DbHandle,
  access: ProposalAccess,
  outcome: ParagraphOutcome,
  paragraphLabel: string,
): RebaseResult {
  const accepted = access.proposal;
  const result: RebaseResult = { changes: [], notifications: [] };
  if (outcome.kind === 'unchanged') return result;
  const competitors = db
    .select()
    .from(proposals)
    .where(
      and(
        eq(proposals.documentId, accepted.documentId),
        eq(proposals.pid, accepted.pid),
        eq(proposals.status, 'tabled'),
        ne(proposals.id, accepted.id),
      ),
    )
    .all();
  const now = new Date().toISOString();
  for (const competitor of competitors) {
    const update = carryOver(competitor, outcome);
    if (!update) continue;
    const diff = proposalDiff({ ...competitor, ...update });
    db.update(proposals)
      .set({ ...update, diff, updatedAt: now })
      .where(eq(proposals.id, competitor.id))
      .run();
    audit(db, {
      participant: access.participant,
      action: update.outdated ? 'proposal.outdate' : 'proposal.rebase',
      documentId: accepted.documentId,
      target: competitor.id,
      details: { forStakeholderId: competitor.tablingStakeholderId, pid: competitor.pid, after: accepted.id },
    });
    result.changes.push({ proposalId: competitor.id, pid: competitor.pid });
    if (update.outdated && !competitor.outdated) {
      result.notifications.push({
        userId: competitor.authorUserId,
        kind: 'proposal-decision',
        text: `Your proposal on ${paragraphLabel} is outdated after another proposal was accepted: re-table it against the current text.`,
        documentId: accepted.documentId,
        proposalId: competitor.id,
      });
    }
  }
  return result;
}

type CarriedOver = Partial<Pick<ProposalRow, 'baseText' | 'text' | 'outdated'>>;

function carryOver(competitor: ProposalRow, outcome: Exclude<ParagraphOutcome, { kind: 'unchanged' }>): CarriedOver | null {
  if (outcome.kind === 'removed') return { outdated: true };
  // A new paragraph after this one does not depend on its wording.
  if (competitor.kind === 'insert-after') return null;
  // A deletion or a whole alternative wording still stands; it now reads against the new text.
  if (competitor.kind !== 'amend' || competitor.text === null) return { baseText: outcome.text };
  const rebased = rebaseProposal(competitor.baseText, competitor.text, outcome.text);
  if (rebased.status === 'conflict') return { outdated: true };
  return { baseText: outcome.text, text: rebased.text, outdated: false };
}
