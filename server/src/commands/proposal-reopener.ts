import { eq } from 'drizzle-orm';
import type * as Y from 'yjs';
import { reverseAcceptedWording } from '@plenary/shared/proposals/index';
import type { DocumentParagraph } from '@plenary/shared/document/index';
import { proposals } from '../db/schema.ts';
import type { DbTransaction } from '../db/client.ts';
import { changeTextInTransaction, InvalidTextChangeError } from '../sync/text-change.ts';
import { conflict } from '../errors.ts';
import { audit } from './audit.ts';
import { readParagraphs } from '../queries/paragraph-reader.ts';
import { deleteParagraph, MissingParagraphError, writeParagraphText } from '../text/paragraph-text-writer.ts';
import { readEarlierBlock, restoreParagraph } from '../text/paragraph-restorer.ts';
import { createNotifications } from './notification-creator.ts';
import type { DecisionResult } from './proposal-closer.ts';
import type { Services } from '../services.ts';
import type { ProposalAccess } from '../queries/proposal-access.ts';

/** How to take an accepted proposal back out of the text, and what the audit row says was reverted. */
interface Reversal {
  apply: (doc: Y.Doc) => void;
  reverted: Record<string, unknown>;
}

type ReopenServices = Pick<Services, 'db' | 'rooms' | 'store'>;

/**
 * Reopens a decision taken by mistake: the proposal goes back on the table, its decision cleared. A rejected
 * one only changes status; an accepted one also has its change taken back out of the text, as a change of its
 * own attributed to the reopening pen-holder (a fresh client id recorded with the proposal), in the same
 * transaction as the status and the audit row. When the words it brought are no longer there as it left
 * them, nothing changes and the reason is given (409). Proposals the acceptance rebased or outdated are left
 * as they are.
 */
export function reopenProposal(services: ReopenServices, access: ProposalAccess): DecisionResult {
  const { proposal, participant, doc } = access;
  const paragraphs = readParagraphs(services, doc.id);
  if (proposal.status !== 'accepted') return services.db.transaction((tx) => putBackOnTable(tx, access, paragraphs, null));
  const reversal = planReversal(services, access, paragraphs);
  return changeTextInTransaction(services, (tx, text) => {
    const result = putBackOnTable(tx, access, paragraphs, reversal.reverted);
    const writer = {
      userId: participant.user.id,
      stakeholderId: participant.stakeholder.id,
      role: participant.membership.role,
      proposalId: proposal.id,
      reverts: true,
    };
    try {
      text.edit(doc.id, writer, reversal.apply);
    } catch (error) {
      if (error instanceof MissingParagraphError || error instanceof InvalidTextChangeError) throw conflict(error.message);
      throw error;
    }
    return result;
  });
}

/** Clears the decision, records the reopening and tells the author. */
function putBackOnTable(
  tx: DbTransaction,
  access: ProposalAccess,
  paragraphs: readonly DocumentParagraph[],
  reverted: Record<string, unknown> | null,
): DecisionResult {
  const { proposal, participant, doc } = access;
  const now = new Date().toISOString();
  tx.update(proposals)
    .set({
      status: 'tabled',
      outdated: false,
      decidedByUserId: null,
      decidedAt: null,
      decisionReason: null,
      resultPid: null,
      updatedAt: now,
    })
    .where(eq(proposals.id, proposal.id))
    .run();
  audit(tx, {
    participant,
    action: 'proposal.reopen',
    documentId: doc.id,
    target: proposal.id,
    details: {
      forStakeholderId: proposal.tablingStakeholderId,
      pid: proposal.pid,
      kind: proposal.kind,
      was: proposal.status,
      decidedByUserId: proposal.decidedByUserId,
      decidedAt: proposal.decidedAt,
      reverted,
    },
  });
  const label = paragraphs.find((p) => p.pid === proposal.pid)?.number;
  const by = `${participant.user.name} (${participant.stakeholder.shortName})`;
  const notifications = createNotifications(tx, [
    {
      userId: proposal.authorUserId,
      kind: 'proposal-decision',
      text: `The decision on your proposal${label ? ` on ${label}` : ''} was reopened by ${by}: it is back on the table.`,
      documentId: doc.id,
      proposalId: proposal.id,
    },
  ]);
  return { changes: [{ proposalId: proposal.id, pid: proposal.pid }], notifications };
}

/** What reverting the accepted proposal does to the text as it reads now; 409 with the reason when it cannot. */
function planReversal(services: ReopenServices, access: ProposalAccess, paragraphs: readonly DocumentParagraph[]): Reversal {
  const { proposal } = access;
  const find = (pid: string | null) => (pid ? paragraphs.find((p) => p.pid === pid) : undefined);
  switch (proposal.kind) {
    case 'amend':
    case 'alternative': {
      const paragraph = find(proposal.pid);
      if (!paragraph) throw conflict('The paragraph this proposal changed is no longer in the document: there is nothing to revert.');
      const reversed = reverseAcceptedWording(paragraph.number, {
        before: proposal.baseText,
        accepted: proposal.text ?? proposal.baseText,
        current: paragraph.text,
      });
      if (reversed.status === 'changed') throw conflict(reversed.reason);
      return {
        apply: (doc) => writeParagraphText(doc, proposal.pid, reversed.text),
        reverted: { pid: proposal.pid, from: paragraph.text, to: reversed.text },
      };
    }
    case 'insert-after': {
      const added = find(proposal.resultPid);
      if (!added) throw conflict('The paragraph this proposal added is no longer in the document: there is nothing to revert.');
      if (added.text !== proposal.text) {
        throw conflict(`${added.number} has changed since the proposal was accepted: it no longer reads as the proposal added it.`);
      }
      return { apply: (doc) => deleteParagraph(doc, added.pid), reverted: { removedPid: added.pid, text: added.text } };
    }
    case 'delete': {
      if (find(proposal.pid)) throw conflict('The paragraph this proposal deleted is in the document again: there is nothing to restore.');
      const earlier = services.store.loadBeforeProposalChange(access.doc.id, proposal.id, 'server');
      const block = earlier && readEarlierBlock(earlier, proposal.pid);
      if (!block) throw conflict("The deleted paragraph is not in the document's history: it cannot be restored.");
      return { apply: (doc) => restoreParagraph(doc, block), reverted: { restoredPid: proposal.pid, text: proposal.baseText } };
    }
  }
}
