import { asc, count, eq, inArray } from 'drizzle-orm';
import type { ContributionCounts } from '@plenary/shared/api/index';
import type { Db } from '../db/client.ts';
import { documentLeads, stakeholders, technicalInputs } from '../db/schema.ts';
import type { DocumentRow, Stakeholder } from '../db/types.ts';
import type { Participant } from '../policies/actors.ts';
import { listDocumentAccesses } from './document-lister.ts';
import { countInputs, noContributions } from './contribution-tally.ts';

export interface ContributionCell {
  agencyId: string;
  documentId: string;
  coLead: boolean;
  counts: ContributionCounts;
}

export interface ContributionMatrix {
  /** The briefs of the process the participant may read, in their numbered order. */
  briefs: DocumentRow[];
  /** Every GMG agency, whether it contributed or not. */
  agencies: Stakeholder[];
  /** One per agency and brief with at least one input, and one per co-lead of a brief even without. */
  cells: ContributionCell[];
}

const cellKey = (agencyId: string, documentId: string) => `${agencyId}\u0000${documentId}`;

/** Which agency contributed what to which brief, across the participant's process. */
export function readContributionMatrix(db: Db, participant: Participant): ContributionMatrix {
  const briefs = listDocumentAccesses(db, participant.user)
    .filter((access) => access.doc.kind === 'brief' && access.doc.processId === participant.membership.processId)
    .map((access) => access.doc)
    .sort((a, b) => (a.briefNumber ?? Number.MAX_SAFE_INTEGER) - (b.briefNumber ?? Number.MAX_SAFE_INTEGER));
  const agencies = db.select().from(stakeholders).where(eq(stakeholders.kind, 'agency')).orderBy(asc(stakeholders.shortName)).all();
  const briefIds = briefs.map((b) => b.id);
  if (briefIds.length === 0) return { briefs, agencies, cells: [] };

  const cells = new Map<string, ContributionCell>();
  const cellOf = (agencyId: string, documentId: string) => {
    const key = cellKey(agencyId, documentId);
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { agencyId, documentId, coLead: false, counts: noContributions() }));
    return cell;
  };
  for (const lead of db.select().from(documentLeads).where(inArray(documentLeads.documentId, briefIds)).all()) {
    cellOf(lead.stakeholderId, lead.documentId).coLead = true;
  }
  const groups = db
    .select({
      documentId: technicalInputs.documentId,
      stakeholderId: technicalInputs.stakeholderId,
      status: technicalInputs.status,
      n: count(),
    })
    .from(technicalInputs)
    .where(inArray(technicalInputs.documentId, briefIds))
    .groupBy(technicalInputs.documentId, technicalInputs.stakeholderId, technicalInputs.status)
    .all();
  for (const group of groups) countInputs(cellOf(group.stakeholderId, group.documentId).counts, group.status, group.n);

  const agencyOrder = new Map(agencies.map((a, i) => [a.id, i]));
  const briefOrder = new Map(briefIds.map((id, i) => [id, i]));
  const ordered = [...cells.values()]
    .filter((cell) => agencyOrder.has(cell.agencyId))
    .sort(
      (a, b) =>
        agencyOrder.get(a.agencyId)! - agencyOrder.get(b.agencyId)! || briefOrder.get(a.documentId)! - briefOrder.get(b.documentId)!,
    );
  return { briefs, agencies, cells: ordered };
}
