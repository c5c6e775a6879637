import { can } from '@plenary/shared/permissions/index';
import type { TechnicalInputRow } from '../db/types.ts';
import type { DocumentAccess, Participant } from './actors.ts';

type Access = Pick<DocumentAccess, 'participant' | 'target'>;

/** The one stage in which a brief takes technical inputs (and its agencies edit theirs): out for comments. */
export const INPUTS_OPEN_STAGE = 'circulated';

/** The stages in which the co-leads decide on inputs: while circulated, and while they finalise the text. */
export const INPUT_DECISION_STAGES: readonly string[] = ['circulated', 'finalization'];

/** Stages after which a brief is the process's record: its inputs no longer change either. */
const SETTLED_STAGES: readonly string[] = ['endorsed', 'published'];

/** Who may do what with technical inputs: pure answers from the participant, the brief and the row. */

export function maySubmitInput(access: Access): boolean {
  return can(access.participant.actor, 'submit-input', access.target);
}

export function mayDecideInput(access: Access): boolean {
  return can(access.participant.actor, 'decide-input', access.target);
}

/** The agency that submitted the input: any of its members edits, withdraws and attaches. */
export function isSubmittingAgency(participant: Participant, input: TechnicalInputRow): boolean {
  return participant.stakeholder.id === input.stakeholderId && maySubmitRole(participant);
}

function maySubmitRole(participant: Participant): boolean {
  return participant.membership.role === 'agency-lead' || participant.membership.role === 'agency-contributor';
}

export function takesInputs(stage: string): boolean {
  return stage === INPUTS_OPEN_STAGE;
}

export function takesInputDecisions(stage: string): boolean {
  return INPUT_DECISION_STAGES.includes(stage);
}

export function isSettledStage(stage: string): boolean {
  return SETTLED_STAGES.includes(stage);
}
