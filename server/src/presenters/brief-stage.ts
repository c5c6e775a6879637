import type { BriefStageChangeResponse } from '@plenary/shared/api/index';
import type { BriefStageChangeRecord } from '../queries/brief-stage-history.ts';

export function presentBriefStageChange({ row, userName, stakeholderName }: BriefStageChangeRecord): BriefStageChangeResponse {
  return {
    id: row.id,
    from: row.fromStage,
    to: row.toStage,
    inputsDeadline: row.inputsDeadline,
    userId: row.userId,
    userName,
    stakeholderId: row.stakeholderId,
    stakeholder: stakeholderName,
    role: row.role,
    at: row.at,
  };
}
