import type { BriefContributionsResponse, ContributionMatrixResponse } from '@plenary/shared/api/index';
import type { BriefContributions } from '../queries/contribution-brief.ts';
import type { ContributionMatrix } from '../queries/contribution-matrix.ts';
import { presentStakeholderRef } from './stakeholder.ts';

export function presentBriefContributions(contributions: BriefContributions): BriefContributionsResponse {
  return {
    documentId: contributions.documentId,
    agencies: contributions.agencies.map((row) => ({
      agency: presentStakeholderRef(row.agency),
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
    agencies: matrix.agencies.map(presentStakeholderRef),
    cells: matrix.cells.map((cell) => ({ ...cell, counts: { ...cell.counts } })),
  };
}
