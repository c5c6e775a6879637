import { asc, count, eq, inArray } from 'drizzle-orm';
import type { ContributionCounts } from '@plenary/shared/api/index';
import { INPUT_TYPES, type InputType } from '@plenary/shared/domain/index';
import type { DbHandle } from '../db/client.ts';
import { stakeholders, technicalInputs } from '../db/schema.ts';
import type { Stakeholder } from '../db/types.ts';
import type { DocumentAccess } from '../policies/actors.ts';
import { countInputs, noContributions } from './contribution-tally.ts';

export interface AgencyContribution {
  agency: Stakeholder;
  coLead: boolean;
  counts: ContributionCounts;
  byType: Record<InputType, number>;
}

export interface BriefContributions {
  documentId: string;
  /** The co-leads first (each listed even without an input), then every other agency that submitted one. */
  agencies: AgencyContribution[];
  totals: ContributionCounts;
}

const noTypes = () => Object.fromEntries(INPUT_TYPES.map((type) => [type, 0])) as Record<InputType, number>;

/** Who contributed what to one brief: every input it received, withdrawn ones included, by agency, outcome and type. */
export function readBriefContributions(db: DbHandle, access: DocumentAccess): BriefContributions {
  const groups = db
    .select({ stakeholderId: technicalInputs.stakeholderId, status: technicalInputs.status, type: technicalInputs.type, n: count() })
    .from(technicalInputs)
    .where(eq(technicalInputs.documentId, access.doc.id))
    .groupBy(technicalInputs.stakeholderId, technicalInputs.status, technicalInputs.type)
    .all();
  const leads = access.target.leadStakeholderIds;
  const agencyIds = [...new Set([...leads, ...groups.map((g) => g.stakeholderId)])];
  const agencies =
    agencyIds.length === 0
      ? []
      : db.select().from(stakeholders).where(inArray(stakeholders.id, agencyIds)).orderBy(asc(stakeholders.shortName)).all();

  const byAgency = new Map<string, AgencyContribution>(
    agencies.map((agency) => [agency.id, { agency, coLead: leads.includes(agency.id), counts: noContributions(), byType: noTypes() }]),
  );
  const totals = noContributions();
  for (const group of groups) {
    const row = byAgency.get(group.stakeholderId)!;
    countInputs(row.counts, group.status, group.n);
    countInputs(totals, group.status, group.n);
    row.byType[group.type] += group.n;
  }
  const rows = [...byAgency.values()].sort((a, b) => Number(b.coLead) - Number(a.coLead));
  return { documentId: access.doc.id, agencies: rows, totals };
}
