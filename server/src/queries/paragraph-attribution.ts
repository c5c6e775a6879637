import { and, desc, eq, lte } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { memberships, proposals, stakeholders, technicalInputs, users, yjsClients, yjsUpdateClients, yjsUpdates } from '../db/schema.ts';
import { inputAttributionLabel } from '@plenary/shared/domain/index';
import type { WrittenSpan } from '../text/written-spans.ts';

/** Who wrote a stretch of text: the person, the stakeholder and capacity they wrote for. */
interface Author {
  userId: string | null;
  userName: string | null;
  stakeholderId: string | null;
  stakeholder: string | null;
  role: string | null;
  /** Words that entered through an accepted proposal: the proposal, and who accepted it. */
  proposalId?: string;
  acceptedBy?: { userId: string; userName: string };
  /** Words a pen-holder (the writer) put back when reopening the decision on this accepted proposal. */
  reopenedProposalId?: string;
  /** Words a technical input brought in: the input, its label, and the co-lead agency whose edit entered. */
  inputId?: string;
  inputLabel?: string;
  revisedBy?: { userName: string; stakeholder: string; shortName: string };
}

/** One stretch of a paragraph's current text with its author, as the attribution read returns it. */
export interface AttributedRun extends Author {
  text: string;
  /** When the run's first character was written (the time its update was logged). */
  at: string | null;
}

const UNKNOWN: Author = { userId: null, userName: null, stakeholderId: null, stakeholder: null, role: null };

/**
 * Attributes each written span to its writer through the client-id table. Words brought in by an accepted
 * proposal belong to the stakeholder that tabled it (and its author); words typed by a pen-holder to that
 * pen-holder. Adjacent spans of the same writer are merged. Text older than the client-id table (written
 * before history was kept) has no writer and is returned with null fields.
 */
export function attributeSpans(db: Db, documentId: string, processId: string, spans: readonly WrittenSpan[]): AttributedRun[] {
  const authors = new Map<number, Author>();
  const authorOf = (clientId: number) => {
    let author = authors.get(clientId);
    if (!author) authors.set(clientId, (author = loadAuthor(db, documentId, processId, clientId)));
    return author;
  };
  const runs: (AttributedRun & { clientId: number })[] = [];
  for (const span of spans) {
    const author = authorOf(span.clientId);
    const last = runs[runs.length - 1];
    if (last && sameAuthor(last, author)) {
      last.text += span.text;
      continue;
    }
    runs.push({ text: span.text, ...author, at: writtenAt(db, documentId, span), clientId: span.clientId });
  }
  return runs.map(({ clientId: _clientId, ...run }) => run);
}

function sameAuthor(a: Author, b: Author): boolean {
  return (
    a.userId === b.userId &&
    a.stakeholderId === b.stakeholderId &&
    a.proposalId === b.proposalId &&
    a.reopenedProposalId === b.reopenedProposalId &&
    a.inputId === b.inputId
  );
}

function loadAuthor(db: Db, documentId: string, processId: string, clientId: number): Author {
  const claim = db
    .select({ claim: yjsClients, userName: users.name, stakeholder: stakeholders.name })
    .from(yjsClients)
    .innerJoin(users, eq(users.id, yjsClients.userId))
    .innerJoin(stakeholders, eq(stakeholders.id, yjsClients.stakeholderId))
    .where(and(eq(yjsClients.documentId, documentId), eq(yjsClients.clientId, clientId)))
    .get();
  if (!claim) return UNKNOWN;
  const { claim: row } = claim;
  const writer: Author = {
    userId: row.userId,
    userName: claim.userName,
    stakeholderId: row.stakeholderId,
    stakeholder: claim.stakeholder,
    role: row.role,
  };
  if (row.inputId && row.source === 'server') return inputAuthor(db, processId, row.inputId, writer) ?? writer;
  if (!row.proposalId) return writer;
  if (row.source === 'revert') return { ...writer, reopenedProposalId: row.proposalId };
  const proposal = db
    .select({
      authorUserId: proposals.authorUserId,
      authorName: users.name,
      tablingId: proposals.tablingStakeholderId,
      tabling: stakeholders.name,
    })
    .from(proposals)
    .innerJoin(users, eq(users.id, proposals.authorUserId))
    .innerJoin(stakeholders, eq(stakeholders.id, proposals.tablingStakeholderId))
    .where(eq(proposals.id, row.proposalId))
    .get();
  if (!proposal) return writer;
  const authorRole = db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, proposal.authorUserId), eq(memberships.processId, processId)))
    .get()?.role;
  return {
    userId: proposal.authorUserId,
    userName: proposal.authorName,
    stakeholderId: proposal.tablingId,
    stakeholder: proposal.tabling,
    role: authorRole ?? null,
    proposalId: row.proposalId,
    acceptedBy: { userId: row.userId, userName: claim.userName },
  };
}

/**
 * Words an incorporated input wrote belong to the contributing agency and the input's author; when the
 * co-lead's edited wording entered, the co-lead (the writer of the change) is named as the reviser.
 */
function inputAuthor(db: Db, processId: string, inputId: string, writer: Author): Author | null {
  const input = db
    .select({
      authorUserId: technicalInputs.authorUserId,
      authorName: users.name,
      agencyId: technicalInputs.stakeholderId,
      agency: stakeholders.name,
      agencyShort: stakeholders.shortName,
      status: technicalInputs.status,
    })
    .from(technicalInputs)
    .innerJoin(users, eq(users.id, technicalInputs.authorUserId))
    .innerJoin(stakeholders, eq(stakeholders.id, technicalInputs.stakeholderId))
    .where(eq(technicalInputs.id, inputId))
    .get();
  if (!input) return null;
  const authorRole = db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, input.authorUserId), eq(memberships.processId, processId)))
    .get()?.role;
  const reviser =
    input.status === 'incorporated-with-edit' && writer.stakeholderId
      ? db
          .select({ name: stakeholders.name, shortName: stakeholders.shortName })
          .from(stakeholders)
          .where(eq(stakeholders.id, writer.stakeholderId))
          .get()
      : undefined;
  return {
    userId: input.authorUserId,
    userName: input.authorName,
    stakeholderId: input.agencyId,
    stakeholder: input.agency,
    role: authorRole ?? null,
    inputId,
    inputLabel: inputAttributionLabel(input.agencyShort, reviser?.shortName),
    ...(reviser ? { revisedBy: { userName: writer.userName ?? '', stakeholder: reviser.name, shortName: reviser.shortName } } : {}),
  };
}

function writtenAt(db: Db, documentId: string, span: WrittenSpan): string | null {
  const row = db
    .select({ at: yjsUpdates.createdAt })
    .from(yjsUpdateClients)
    .innerJoin(yjsUpdates, eq(yjsUpdates.id, yjsUpdateClients.updateId))
    .where(
      and(
        eq(yjsUpdateClients.documentId, documentId),
        eq(yjsUpdateClients.clientId, span.clientId),
        lte(yjsUpdateClients.clockFrom, span.clock),
      ),
    )
    .orderBy(desc(yjsUpdateClients.clockFrom))
    .limit(1)
    .get();
  return row?.at ?? null;
}
