import type { SilenceOverviewResponse, SilenceProcedureResponse } from '@plenary/shared/api/index';
import type { SilenceRecord } from '../queries/silence-reader.ts';
import { presentStakeholderRef } from './stakeholder.ts';

export function presentSilenceProcedure(record: SilenceRecord): SilenceProcedureResponse {
  const { row, revision, startedBy, statements } = record;
  return {
    id: row.id,
    documentId: row.documentId,
    revision: { id: revision.id, name: revision.name },
    startedBy: {
      userId: startedBy.user.id,
      userName: startedBy.user.name,
      stakeholderId: startedBy.stakeholder.id,
      stakeholder: startedBy.stakeholder.name,
      role: row.startedByRole,
    },
    startedAt: row.startedAt,
    deadline: row.deadline,
    outcome: row.outcome,
    endedAt: row.endedAt,
    brokenBy: statements.map((s) => presentStakeholderRef(s.stakeholder)),
    statements: statements.map((s) => ({
      id: s.row.id,
      stakeholder: presentStakeholderRef(s.stakeholder),
      user: { id: s.user.id, name: s.user.name },
      role: s.row.role,
      body: s.row.body,
      at: s.row.at,
    })),
  };
}

export interface SilenceOverview {
  now: Date;
  records: readonly SilenceRecord[];
  latestRevision: SilenceOverviewResponse['latestRevision'];
  viewer: SilenceOverviewResponse['viewer'];
}

export function presentSilenceOverview({ now, records, latestRevision, viewer }: SilenceOverview): SilenceOverviewResponse {
  const current = records.find((r) => r.row.outcome === null);
  const adopted = records.find((r) => r.row.outcome === 'adopted');
  return {
    now: now.toISOString(),
    current: current ? presentSilenceProcedure(current) : null,
    past: records.filter((r) => r !== current).map(presentSilenceProcedure),
    adoptedAt: adopted?.row.endedAt ?? null,
    latestRevision,
    viewer,
  };
}
