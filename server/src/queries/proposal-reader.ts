import { and, asc, count, eq, gt, lt, sql, type SQL } from 'drizzle-orm';
import { kindOnParagraph } from '@plenary/shared/proposals/index';
import type { Db } from '../db/client.ts';
import { idsIn, preparedQuery } from '../db/prepared.ts';
import { namesOfUsers, stakeholdersWithIds } from './people-reader.ts';
import { memberships, proposalCosponsors, proposalPositions, proposals } from '../db/schema.ts';
import type { DocumentRow, ProposalRow, Stakeholder } from '../db/types.ts';
import type { CosponsorRow, PositionRow } from '../db/types.ts';

export interface PersonRef {
  name: string;
  stakeholder: Stakeholder | null;
}

/** A proposal with everything its presentation needs. */
export interface ProposalRecord {
  row: ProposalRow;
  tabledBy: Stakeholder;
  author: PersonRef;
  cosponsors: (Pick<CosponsorRow, 'status' | 'respondedAt'> & { stakeholder: Stakeholder })[];
  positions: (Pick<PositionRow, 'position' | 'reason' | 'createdAt'> & { stakeholder: Stakeholder })[];
  decidedBy: PersonRef | null;
}

/** One proposal, with how many of its kind were tabled on its paragraph before it (for 12bis, 12ter …). */
export interface SingleProposalRecord extends ProposalRecord {
  earlierOfKind: number;
}

export interface ProposalListFilter {
  /** Only the proposals on this paragraph. */
  pid?: string;
  /** Only those tabled after this one (by `seq`): where a page starts. */
  afterSeq?: number;
  /** At most this many: one page. */
  limit?: number;
}

/**
 * A document's proposals in tabling order, with attribution, co-sponsors and positions: every one, or
 * only those on one paragraph. Each query reads only the rows of the proposals asked for.
 */
export function readProposals(db: Db, doc: DocumentRow, filter: ProposalListFilter = {}): ProposalRecord[] {
  const where = and(
    eq(proposals.documentId, doc.id),
    filter.pid === undefined ? undefined : eq(proposals.pid, filter.pid),
    filter.afterSeq === undefined ? undefined : gt(proposals.seq, filter.afterSeq),
  )!;
  return withDetails(db, doc, where, filter.limit);
}

const earlierOfKindOnParagraphs = preparedQuery((db) =>
  db
    .select({ pid: proposals.pid, kind: proposals.kind, n: count() })
    .from(proposals)
    .where(
      and(
        eq(proposals.documentId, sql.placeholder('documentId')),
        idsIn(proposals.pid, 'pids'),
        lt(proposals.seq, sql.placeholder('first')),
      ),
    )
    .groupBy(proposals.pid, proposals.kind)
    .prepare(),
);

/**
 * For a page of proposals: how many of each kind were tabled on each of its paragraphs before it, keyed by
 * `kindOnParagraph`, so that the page's paragraph labels (12bis, 12ter …) read as in the whole list.
 */
export function countEarlierOfKind(db: Db, doc: DocumentRow, page: readonly ProposalRecord[]): Map<string, number> {
  const first = page[0]?.row.seq;
  if (first === undefined) return new Map();
  const pids = [...new Set(page.map((r) => r.row.pid))];
  const rows = earlierOfKindOnParagraphs(db).all({ documentId: doc.id, pids: JSON.stringify(pids), first });
  return new Map(rows.map((r) => [kindOnParagraph(r.kind, r.pid), r.n]));
}

/** One proposal of the document, loading only its own rows. */
export function readProposal(db: Db, doc: DocumentRow, proposalId: string): SingleProposalRecord | undefined {
  const [record] = withDetails(db, doc, and(eq(proposals.documentId, doc.id), eq(proposals.id, proposalId))!);
  if (!record) return undefined;
  const { row } = record;
  const earlier = db
    .select({ n: count() })
    .from(proposals)
    .where(and(eq(proposals.documentId, doc.id), eq(proposals.pid, row.pid), eq(proposals.kind, row.kind), lt(proposals.seq, row.seq)))
    .get();
  return { ...record, earlierOfKind: earlier?.n ?? 0 };
}

// The detail reads of every list page, each prepared once per database and bound to a JSON list of ids.
const cosponsorsOfProposals = preparedQuery((db) =>
  db
    .select()
    .from(proposalCosponsors)
    .where(idsIn(proposalCosponsors.proposalId, 'ids'))
    .orderBy(asc(proposalCosponsors.invitedAt), sql`rowid`)
    .prepare(),
);
const positionsOfProposals = preparedQuery((db) =>
  db.select().from(proposalPositions).where(idsIn(proposalPositions.proposalId, 'ids')).orderBy(asc(proposalPositions.createdAt)).prepare(),
);
const capacitiesOfUsers = preparedQuery((db) =>
  db
    .select({ userId: memberships.userId, stakeholderId: memberships.stakeholderId })
    .from(memberships)
    .where(and(eq(memberships.processId, sql.placeholder('processId')), idsIn(memberships.userId, 'ids')))
    .prepare(),
);

/** The proposals matching `where`, with the rows of their co-sponsors, positions, people and stakeholders. */
function withDetails(db: Db, doc: DocumentRow, where: SQL, limit?: number): ProposalRecord[] {
  const ordered = db.select().from(proposals).where(where).orderBy(asc(proposals.seq));
  const rows = limit === undefined ? ordered.all() : ordered.limit(limit).all();
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((r) => r.id));
  const cosponsors = cosponsorsOfProposals(db).all({ ids });
  const positions = positionsOfProposals(db).all({ ids });
  const userIds = JSON.stringify([...new Set(rows.flatMap((r) => [r.authorUserId, r.decidedByUserId ?? r.authorUserId]))]);
  const people = namesOfUsers(db).all({ ids: userIds });
  const capacities = capacitiesOfUsers(db).all({ processId: doc.processId, ids: userIds });
  const stakeholderIds = new Set([
    ...rows.flatMap((r) => [r.tablingStakeholderId, r.authorStakeholderId]),
    ...cosponsors.map((c) => c.stakeholderId),
    ...positions.map((p) => p.stakeholderId),
    ...capacities.map((c) => c.stakeholderId),
  ]);
  const byId = new Map(
    stakeholdersWithIds(db)
      .all({ ids: JSON.stringify([...stakeholderIds]) })
      .map((s) => [s.id, s]),
  );
  const names = new Map(people.map((p) => [p.id, p.name]));
  const capacityOf = new Map(capacities.map((c) => [c.userId, c.stakeholderId]));
  const stakeholder = (id: string) => byId.get(id)!;
  const person = (userId: string, stakeholderId?: string): PersonRef => ({
    name: names.get(userId) ?? 'Unknown user',
    stakeholder: byId.get(stakeholderId ?? capacityOf.get(userId) ?? '') ?? null,
  });
  const cosponsorsOf = groupBy(cosponsors, (c) => c.proposalId);
  const positionsOf = groupBy(positions, (p) => p.proposalId);

  return rows.map((row) => ({
    row,
    tabledBy: stakeholder(row.tablingStakeholderId),
    author: person(row.authorUserId, row.authorStakeholderId),
    cosponsors: (cosponsorsOf.get(row.id) ?? []).map((c) => ({
      stakeholder: stakeholder(c.stakeholderId),
      status: c.status,
      respondedAt: c.respondedAt,
    })),
    positions: (positionsOf.get(row.id) ?? []).map((p) => ({
      stakeholder: stakeholder(p.stakeholderId),
      position: p.position,
      reason: p.reason,
      createdAt: p.createdAt,
    })),
    decidedBy: row.decidedByUserId ? person(row.decidedByUserId) : null,
  }));
}

/** Items grouped by key, each group in the items' order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
