import type { BriefStage, Role } from '../domain/index.ts';
import type { Action } from './rules.ts';

/** The stages in which a brief's text is written: its co-leads draft it, then finalise it after comments. */
export const TEXT_OPEN_STAGES: readonly BriefStage[] = ['draft', 'finalization'];

/** The one stage in which agencies other than the leads table proposals on a brief: it is out for comments. */
export const PROPOSALS_OPEN_STAGE: BriefStage = 'circulated';

/** Roles that see a brief from its circulation on: the other agencies, and the co-facilitators who lean on it. */
const CIRCULATION_READERS: readonly Role[] = ['agency-lead', 'agency-contributor', 'cofacilitator'];

export interface BriefStageTarget {
  leadStakeholderIds: readonly string[];
  stage: BriefStage;
}

/**
 * Who sees a brief in each stage. A draft is its co-leads' and the secretariat's working text; from
 * circulation on every agency (and the co-facilitators) reads it; delegations and observers see it only once
 * published.
 */
export function canSeeBrief(actor: { role: Role; stakeholderId: string }, target: BriefStageTarget): boolean {
  if (target.stage === 'published') return true;
  if (actor.role === 'secretariat' || target.leadStakeholderIds.includes(actor.stakeholderId)) return true;
  return target.stage !== 'draft' && CIRCULATION_READERS.includes(actor.role);
}

/** Whether the stage leaves an action open at all (who may take it is the permission table's answer). */
export function briefStageAllows(action: Action, stage: BriefStage): boolean {
  if (action === 'edit-text') return TEXT_OPEN_STAGES.includes(stage);
  return true;
}

/** Whether proposals are tabled on a document in its stage: on the compact always, on a brief while circulated. */
export function stageTakesProposals(stage: BriefStage | null | undefined): boolean {
  return !stage || stage === PROPOSALS_OPEN_STAGE;
}
