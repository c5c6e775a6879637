import { randomUUID } from 'node:crypto';
import { eq, inArray, max } from 'drizzle-orm';
import { mayCosponsor } from '@plenary/shared/domain/index';
import type { TableProposalInput } from '@plenary/shared/validation/index';
import { proposalCosponsors, proposals, stakeholders } from '../db/schema.ts';
import { ApiError, badRequest, notFound } from '../errors.ts';
import { audit } from './audit.ts';
import { readParagraphs } from '../queries/paragraph-reader.ts';
import { proposalDiff } from './proposal-diff.ts';
import { createNotifications } from './notification-creator.ts';
import type { NotificationRow, Stakeholder } from '../db/types.ts';
import type { Services } from '../services.ts';
import type { DbTransaction } from '../db/client.ts';
import type { DocumentAccess } from '../policies/actors.ts';
import { stakeholderUserIds } from '../queries/audiences.ts';

export interface TableProposalProps {
  access: DocumentAccess;
  input: TableProposalInput;
  /** The stakeholder it is tabled for: the author's own, or a group the author's stakeholder belongs to. */
  tabling: Stakeholder;
}

export interface TabledProposal {
  id: string;
  pid: string;
  notifications: NotificationRow[];
}

/**
 * Tables a proposal against the paragraph as it reads now (its base text), invites the named co-sponsors
 * and tells their users. Only numbered paragraphs take proposals: headings and the title are not negotiated.
 */
export function tableProposal(services: Pick<Services, 'db' | 'rooms'>, { access, input, tabling }: TableProposalProps): TabledProposal {
  return tableProposals(services, { access, tabling }, [input])[0]!;
}

/**
 * Tables several proposals in one transaction: every one is checked before any is written, so either all are
 * tabled or none (a Word file's amendments are tabled together).
 */
export function tableProposals(
  services: Pick<Services, 'db' | 'rooms'>,
  { access, tabling }: Omit<TableProposalProps, 'input'>,
  inputs: readonly TableProposalInput[],
  /** More to write in the same transaction, once the proposals are in (an import records what it tabled). */
  alongside?: (tx: DbTransaction, tabled: readonly TabledProposal[]) => void,
): TabledProposal[] {
  const { db } = services;
  const { doc, participant } = access;
  const paragraphs = new Map(readParagraphs(services, doc.id).map((p) => [p.pid, p]));
  const planned = inputs.map((input) => {
    const paragraph = paragraphs.get(input.pid);
    if (!paragraph) throw notFound(`Paragraph "${input.pid}" in this document`);
    if (!paragraph.number) throw badRequest('Proposals apply to numbered paragraphs; headings and the title are not negotiated.');
    const text = input.kind === 'delete' ? null : input.text;
    // An insertion is new text, written against nothing; the others against the paragraph as it reads.
    const baseText = input.kind === 'insert-after' ? '' : paragraph.text;
    if ((input.kind === 'amend' || input.kind === 'alternative') && text === paragraph.text) {
      throw badRequest(`The proposed text is the same as ${paragraph.number}: there is nothing to change.`);
    }
    const cosponsors = invitedCosponsors(services, input.cosponsors, [tabling.id, participant.stakeholder.id]);
    return { input, paragraph, text, baseText, cosponsors, id: randomUUID() };
  });

  return db.transaction((tx) => {
    let seq =
      tx
        .select({ last: max(proposals.seq) })
        .from(proposals)
        .where(eq(proposals.documentId, doc.id))
        .get()?.last ?? 0;
    const tabled = planned.map(({ input, paragraph, text, baseText, cosponsors, id }) => {
      seq += 1;
      tx.insert(proposals)
        .values({
          id,
          documentId: doc.id,
          seq,
          pid: paragraph.pid,
          kind: input.kind,
          baseText,
          text,
          diff: proposalDiff({ kind: input.kind, baseText, text }),
          justification: input.justification,
          tablingStakeholderId: tabling.id,
          authorUserId: participant.user.id,
          authorStakeholderId: participant.stakeholder.id,
          status: 'tabled',
        })
        .run();
      for (const cosponsor of cosponsors) {
        tx.insert(proposalCosponsors).values({ proposalId: id, stakeholderId: cosponsor.id, status: 'invited' }).run();
      }
      audit(tx, {
        participant,
        action: 'proposal.table',
        documentId: doc.id,
        target: id,
        details: { forStakeholderId: tabling.id, pid: paragraph.pid, kind: input.kind, seq, cosponsors: cosponsors.map((c) => c.id) },
      });
      const inviter = `${tabling.shortName} invites you to co-sponsor its proposal on ${paragraph.number}`;
      const notifications = cosponsors.flatMap((cosponsor) =>
        createNotifications(
          tx,
          stakeholderUserIds(tx, doc.processId, cosponsor.id).map((userId) => ({
            userId,
            kind: 'cosponsor-invitation' as const,
            text: `${inviter} (for ${cosponsor.shortName}).`,
            documentId: doc.id,
            proposalId: id,
          })),
        ),
      );
      return { id, pid: paragraph.pid, notifications };
    });
    alongside?.(tx, tabled);
    return tabled;
  });
}

function invitedCosponsors(services: Pick<Services, 'db'>, ids: readonly string[], tablingSide: readonly string[]): Stakeholder[] {
  if (ids.length === 0) return [];
  const found = new Map(
    services.db
      .select()
      .from(stakeholders)
      .where(inArray(stakeholders.id, [...ids]))
      .all()
      .map((s) => [s.id, s]),
  );
  return ids.map((id) => {
    const stakeholder = found.get(id);
    if (!stakeholder) throw new ApiError(400, 'unknown_stakeholder', `Unknown co-sponsor "${id}".`);
    if (!mayCosponsor(stakeholder.kind)) throw badRequest(`${stakeholder.shortName} does not negotiate and cannot co-sponsor.`);
    if (tablingSide.includes(id)) throw badRequest(`${stakeholder.shortName} is tabling this proposal and cannot also co-sponsor it.`);
    return stakeholder;
  });
}
