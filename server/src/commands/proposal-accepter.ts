import { eq } from 'drizzle-orm';
import type * as Y from 'yjs';
import { rebaseProposal } from '@plenary/shared/diff/index';
import { newPidAvoiding } from '@plenary/shared/schema/index';
import { proposals } from '../db/schema.ts';
import { changeTextInTransaction, LockedParagraphError } from '../sync/text-change.ts';
import { conflict } from '../errors.ts';
import { audit } from './audit.ts';
import { readParagraphs } from '../queries/paragraph-reader.ts';
import { proposalDiff } from './proposal-diff.ts';
import {
  deleteParagraph,
  insertionIndexAfter,
  insertParagraphAfter,
  MissingParagraphError,
  writeParagraphText,
} from '../text/paragraph-text-writer.ts';
import { numberingBaseline } from '../queries/numbering-baseline.ts';
import { createNotifications } from './notification-creator.ts';
import { announceProposalChanges } from '../announcers/proposal-announcer.ts';
import { decisionNotice, type DecisionResult } from './proposal-closer.ts';
import { rebaseCompetingProposals, type ParagraphOutcome } from './proposal-rebaser.ts';
import type { ProposalRow } from '../db/types.ts';
import type { Services } from '../services.ts';
import type { ProposalAccess } from '../queries/proposal-access.ts';
import type { ProposalChange } from './proposal-change.ts';

interface Plan {
  apply: (doc: Y.Doc) => void;
  outcome: ParagraphOutcome;
  /** What the proposal is recorded as having changed: the paragraph it read against, and the text applied. */
  baseText: string;
  text: string | null;
  resultPid: string | null;
}

/**
 * Accepts a proposal: applies it to the live text, attributed to the deciding co-facilitator, in the same
 * SQLite transaction as its status change, its audit row and the rebasing of competing proposals. The Yjs
 * change runs last, so nothing that can fail comes after it. A paragraph that changed since the proposal
 * was tabled is rebased first; when the change no longer applies cleanly the proposal is flagged outdated
 * and the acceptance refused (409).
 */
export function acceptProposal(services: Pick<Services, 'db' | 'rooms' | 'store' | 'events'>, access: ProposalAccess): DecisionResult {
  const { proposal, participant, doc } = access;
  const paragraphs = readParagraphs(services, doc.id);
  const paragraph = paragraphs.find((p) => p.pid === proposal.pid);
  if (!paragraph) {
    markOutdated(services, access, 'its paragraph is no longer in the document');
    throw conflict('The paragraph this proposal targets is no longer in the document: it cannot be accepted.');
  }
  const plan = planAcceptance(
    proposal,
    paragraph.text,
    () => newPidAvoiding(new Set(paragraphs.map((p) => p.pid))),
    addedSinceRevision(services, doc.id),
  );
  if (!plan) {
    markOutdated(services, access, `${paragraph.number} changed since it was tabled and both touch the same words`);
    throw conflict(
      `${paragraph.number} changed since this proposal was tabled and both touch the same words: it is now outdated and its author must re-table it.`,
    );
  }
  const now = new Date().toISOString();

  return changeTextInTransaction(services, (tx, text) => {
    tx.update(proposals)
      .set({
        status: 'accepted',
        outdated: false,
        baseText: plan.baseText,
        text: plan.text,
        diff: proposalDiff({ kind: proposal.kind, baseText: plan.baseText, text: plan.text }),
        resultPid: plan.resultPid,
        decidedByUserId: participant.user.id,
        decidedAt: now,
        decisionReason: null,
        updatedAt: now,
      })
      .where(eq(proposals.id, proposal.id))
      .run();
    audit(tx, {
      participant,
      action: 'proposal.accept',
      documentId: doc.id,
      target: proposal.id,
      details: {
        forStakeholderId: proposal.tablingStakeholderId,
        pid: proposal.pid,
        kind: proposal.kind,
        resultPid: plan.resultPid,
        rebased: proposal.kind === 'amend' && plan.baseText !== proposal.baseText,
      },
    });
    const rebased = rebaseCompetingProposals(tx, access, plan.outcome, paragraph.number);
    const notifications = [
      ...createNotifications(tx, [decisionNotice(access, 'accepted', paragraph.number, null)]),
      ...rebased.notifications.flatMap((draft) => createNotifications(tx, [draft])),
    ];
    const writer = {
      userId: participant.user.id,
      stakeholderId: participant.stakeholder.id,
      role: participant.membership.role,
      proposalId: proposal.id,
    };
    try {
      text.edit(doc.id, writer, plan.apply);
    } catch (error) {
      if (error instanceof MissingParagraphError) throw conflict(error.message);
      if (error instanceof LockedParagraphError)
        throw conflict(`${paragraph.number} is agreed: it must be reopened before it can be amended.`);
      throw error;
    }
    const changes: ProposalChange[] = [{ proposalId: proposal.id, pid: proposal.pid }, ...rebased.changes];
    return { changes, notifications };
  });
}

/** How to apply the proposal to the paragraph as it reads now; null when an amendment no longer applies. */
/** Whether a block was added since the last revision (none is before the first: numbers are then clean). */
function addedSinceRevision(services: Pick<Services, 'db'>, documentId: string): (pid: string) => boolean {
  const baseline = numberingBaseline(services.db, documentId)?.baseline;
  if (!baseline) return () => false;
  const frozen = new Set(baseline.map((block) => block.pid));
  return (pid) => !frozen.has(pid);
}

function planAcceptance(proposal: ProposalRow, current: string, freshPid: () => string, isNew: (pid: string) => boolean): Plan | null {
  const { pid } = proposal;
  switch (proposal.kind) {
    case 'delete':
      return { apply: (doc) => deleteParagraph(doc, pid), outcome: { kind: 'removed' }, baseText: current, text: null, resultPid: null };
    case 'insert-after': {
      const resultPid = freshPid();
      const text = proposal.text ?? '';
      return {
        apply: (doc) => void insertParagraphAfter(doc, pid, text, resultPid, insertionIndexAfter(doc, pid, isNew)),
        outcome: { kind: 'unchanged' },
        baseText: '',
        text,
        resultPid,
      };
    }
    case 'alternative': {
      const text = proposal.text ?? current;
      return {
        apply: (doc) => writeParagraphText(doc, pid, text),
        outcome: { kind: 'rewritten', text },
        baseText: current,
        text,
        resultPid: pid,
      };
    }
    case 'amend': {
      const rebased = rebaseProposal(proposal.baseText, proposal.text ?? current, current);
      if (rebased.status === 'conflict') return null;
      const text = rebased.text;
      return {
        apply: (doc) => writeParagraphText(doc, pid, text),
        outcome: { kind: 'rewritten', text },
        baseText: current,
        text,
        resultPid: pid,
      };
    }
  }
}

/** Flags a proposal that can no longer be applied and tells its author to re-table it. */
function markOutdated(services: Pick<Services, 'db' | 'events'>, access: ProposalAccess, why: string): void {
  const { db } = services;
  const { proposal, participant, doc } = access;
  if (proposal.outdated) return;
  const notifications = db.transaction((tx) => {
    tx.update(proposals).set({ outdated: true, updatedAt: new Date().toISOString() }).where(eq(proposals.id, proposal.id)).run();
    audit(tx, {
      participant,
      action: 'proposal.outdate',
      documentId: doc.id,
      target: proposal.id,
      details: { forStakeholderId: proposal.tablingStakeholderId, pid: proposal.pid, why },
    });
    return createNotifications(tx, [
      {
        userId: proposal.authorUserId,
        kind: 'proposal-decision',
        text: `Your proposal could not be accepted because ${why}: re-table it against the current text.`,
        documentId: doc.id,
        proposalId: proposal.id,
      },
    ]);
  });
  announceProposalChanges(services, access, [{ proposalId: proposal.id, pid: proposal.pid }], notifications);
}
