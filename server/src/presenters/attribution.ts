import type { AttributedRunResponse } from '@plenary/shared/api/index';
import type { AttributedRun } from '../queries/paragraph-attribution.ts';

/** One run of a paragraph's text with its writer; `proposalId` and `acceptedBy` only for words from a proposal. */
export function presentAttributedRun(run: AttributedRun): AttributedRunResponse {
  const {
    text,
    userId,
    userName,
    stakeholderId,
    stakeholder,
    role,
    proposalId,
    acceptedBy,
    reopenedProposalId,
    inputId,
    inputLabel,
    revisedBy,
    at,
  } = run;
  return {
    text,
    userId,
    userName,
    stakeholderId,
    stakeholder,
    role,
    ...(proposalId === undefined ? {} : { proposalId }),
    ...(acceptedBy === undefined ? {} : { acceptedBy: { userId: acceptedBy.userId, userName: acceptedBy.userName } }),
    ...(reopenedProposalId === undefined ? {} : { reopenedProposalId }),
    ...(inputId === undefined ? {} : { inputId }),
    ...(inputLabel === undefined ? {} : { inputLabel }),
    ...(revisedBy === undefined ? {} : { revisedBy: { ...revisedBy } }),
    at,
  };
}
