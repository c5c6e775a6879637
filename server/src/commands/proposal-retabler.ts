import { eq } from 'drizzle-orm';
import type { RetableProposalInput } from '@plenary/shared/validation/index';
import { proposalPositions, proposals } from '../db/schema.ts';
import { badRequest, conflict } from '../errors.ts';
import { audit } from './audit.ts';
import { readParagraphs } from '../queries/paragraph-reader.ts';
import { proposalDiff } from './proposal-diff.ts';
import type { Services } from '../services.ts';
import type { ProposalAccess } from '../queries/proposal-access.ts';

/**
 * The author's new wording for a proposal the paragraph moved away from (flagged outdated, or written
 * against text that has since changed), now based on the paragraph as it reads. Positions taken on the
 * old wording are cleared: delegations judge the new one afresh. Co-sponsorships stand.
 */
export function retableProposal(services: Pick<Services, 'db' | 'rooms'>, access: ProposalAccess, input: RetableProposalInput): void {
  const { db } = services;
  const { proposal, participant, doc } = access;
  if (proposal.kind === 'delete') throw badRequest('A proposal to delete a paragraph has no wording to re-table.');
  const paragraph = readParagraphs(services, doc.id).find((p) => p.pid === proposal.pid);
  if (!paragraph) throw conflict('The paragraph this proposal targets is no longer in the document: table a new proposal instead.');
  const baseText = proposal.kind === 'insert-after' ? '' : paragraph.text;
  if (!proposal.outdated && baseText === proposal.baseText) {
    throw conflict('This proposal still applies to the current text: only outdated proposals are re-tabled.');
  }
  if (proposal.kind !== 'insert-after' && input.text === paragraph.text) {
    throw badRequest(`The proposed text is the same as ${paragraph.number}: there is nothing to change.`);
  }
  db.transaction((tx) => {
    tx.update(proposals)
      .set({
        baseText,
        text: input.text,
        diff: proposalDiff({ kind: proposal.kind, baseText, text: input.text }),
        justification: input.justification ?? proposal.justification,
        outdated: false,
        updatedAt: new Date().toISOString(),
      })
      .where(eq(proposals.id, proposal.id))
      .run();
    const cleared = tx.delete(proposalPositions).where(eq(proposalPositions.proposalId, proposal.id)).run().changes;
    audit(tx, {
      participant,
      action: 'proposal.retable',
      documentId: doc.id,
      target: proposal.id,
      details: { forStakeholderId: proposal.tablingStakeholderId, pid: proposal.pid, clearedPositions: cleared },
    });
  });
}
