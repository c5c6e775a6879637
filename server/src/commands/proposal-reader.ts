import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { memberships, proposalCosponsors, proposalPositions, proposals, stakeholders, users } from '../db/schema.ts';
import type { DocumentRow, Stakeholder } from '../policies/participation.ts';
import type { ProposalRow } from '../policies/proposal-policy.ts';

type CosponsorRow = typeof proposalCosponsors.$inferSelect;
type PositionRow = typeof proposalPositions.$inferSelect;

export interface PersonRef {
  name: string;
  stakeholder: Stakeholder | null;
}

/** A proposal with everything its presentation needs, loaded in a handful of queries per document. */
export interface ProposalRecord {
  row: ProposalRow;
  tabledBy: Stakeholder;
  author: PersonRef;
  cosponsors: (Pick<CosponsorRow, 'status' | 'respondedAt'> & { stakeholder: Stakeholder })[];
  positions: (Pick<PositionRow, 'position' | 'reason' | 'createdAt'> & { stakeholder: Stakeholder })[];
  decidedBy: PersonRef | null;
}

/** Every proposal of a document in tabling order, with attribution, co-sponsors and positions. */
export function readProposals(db: Db, doc: DocumentRow): ProposalRecord[] {
  const rows = db.select().from(proposals).where(eq(proposals.documentId, doc.id)).orderBy(asc(proposals.seq)).all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const cosponsors = db.select().from(proposalCosponsors).where(inArray(proposalCosponsors.proposalId, ids)).all();
  const positions = db
    .select()
    .from(proposalPositions)
    .where(inArray(proposalPositions.proposalId, ids))
    .orderBy(asc(proposalPositions.createdAt))
    .all();

  const userIds = [...new Set(rows.flatMap((r) => [r.authorUserId, r.decidedByUserId ?? r.authorUserId]))];
  const people = db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds)).all();
  const capacities = db
    .select({ userId: memberships.userId, stakeholderId: memberships.stakeholderId })
    .from(memberships)
    .where(and(eq(memberships.processId, doc.processId), inArray(memberships.userId, userIds)))
    .all();
  const stakeholderIds = new Set([
    ...rows.flatMap((r) => [r.tablingStakeholderId, r.authorStakeholderId]),
    ...cosponsors.map((c) => c.stakeholderId),
    ...positions.map((p) => p.stakeholderId),
    ...capacities.map((c) => c.stakeholderId),
  ]);
  const byId = new Map(db.select().from(stakeholders).where(inArray(stakeholders.id, [...stakeholderIds])).all().map((s) => [s.id, s]));
  const names = new Map(people.map((p) => [p.id, p.name]));
  const capacityOf = new Map(capacities.map((c) => [c.userId, c.stakeholderId]));
  const stakeholder = (id: string) => byId.get(id)!;
  const person = (userId: string, stakeholderId?: string): PersonRef => ({
    name: names.get(userId) ?? 'Unknown user',
    stakeholder: byId.get(stakeholderId ?? capacityOf.get(userId) ?? '') ?? null,
  });

  return rows.map((row) => ({
    row,
    tabledBy: stakeholder(row.tablingStakeholderId),
    author: person(row.authorUserId, row.authorStakeholderId),
    cosponsors: cosponsors
      .filter((c) => c.proposalId === row.id)
      .sort((a, b) => a.invitedAt.localeCompare(b.invitedAt))
      .map((c) => ({ stakeholder: stakeholder(c.stakeholderId), status: c.status, respondedAt: c.respondedAt })),
    positions: positions
      .filter((p) => p.proposalId === row.id)
      .map((p) => ({ stakeholder: stakeholder(p.stakeholderId), position: p.position, reason: p.reason, createdAt: p.createdAt })),
    decidedBy: row.decidedByUserId ? person(row.decidedByUserId) : null,
  }));
}

/** One proposal as `readProposals` would return it. */
export function readProposal(db: Db, doc: DocumentRow, proposalId: string): ProposalRecord | undefined {
  return readProposals(db, doc).find((r) => r.row.id === proposalId);
}
