import type { BriefContributionsResponse, ContributionMatrixResponse, StakeholderRef } from '@plenary/shared/api/index';
import type { Stakeholder } from '../db/types.ts';
import type { BriefContributions } from '../queries/contribution-brief.ts';
import type { ContributionMatrix } from '../queries/contribution-matrix.ts';

const stakeholderRef = (s: Stakeholder): StakeholderRef => ({ id: s.id, name: s.name, shortName: s.shortName });

export function presentBriefContributions(contributions: BriefContributions): BriefContributionsResponse {
  return {
    documentId: contributions.documentId,
    agencies: contributions.agencies.map((row) => ({
      agency: stakeholderRef(row.agency),
      coLead: row.coLead,
      counts: { ...row.counts },
      byType: { ...row.byType },
    })),
    totals: { ...contributions.totals },
  };
}

export function presentContributionMatrix(matrix: ContributionMatrix): ContributionMatrixResponse {
  return {
    briefs: matrix.briefs.map((doc) => ({ documentId: doc.id, briefNumber: doc.briefNumber, title: doc.title })),
    agencies: matrix.agencies.map(stakeholderRef),
    cells: matrix.cells.map((cell) => ({ ...cell, counts: { ...cell.counts } })),
  };
}
