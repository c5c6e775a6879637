import { can } from '@plenary/shared/permissions/index';
import { MAX_SILENCE_DAYS } from '@plenary/shared/validation/limits';
import type { SilenceOutcome } from '@plenary/shared/domain/index';
import type { SilenceProcedureRow } from '../db/types.ts';
import type { DocumentAccess, Participant } from './actors.ts';

/** Who may do what in a silence procedure, and when it has ended: pure answers, the time given. */

/** Putting a revision under silence belongs to whoever manages the document's revisions: its pen-holders. */
export function mayStartSilence(access: Pick<DocumentAccess, 'participant' | 'target'>): boolean {
  return can(access.participant.actor, 'manage-revisions', access.target);
}

/**
 * Silence is broken, and positions put on record, by delegations only: the delegates of member states and of
 * groups. Those who hold the pen, serve the process or observe it do not speak for a State.
 */
export function isDelegation(participant: Participant): boolean {
  const kind = participant.stakeholder.kind;
  return participant.membership.role === 'delegate' && (kind === 'member-state' || kind === 'group');
}

export function hasDeadlinePassed(procedure: Pick<SilenceProcedureRow, 'deadline'>, now: Date): boolean {
  return now.getTime() >= new Date(procedure.deadline).getTime();
}

/** Adopted when nobody broke silence before the deadline. */
export function silenceOutcome(breakers: number): SilenceOutcome {
  return breakers === 0 ? 'adopted' : 'broken';
}

/** Why a deadline cannot be given, or null: it must lie ahead, and within MAX_SILENCE_DAYS. */
export function deadlineProblem(deadline: Date, now: Date): string | null {
  if (deadline.getTime() <= now.getTime()) return 'The deadline must be in the future.';
  if (deadline.getTime() - now.getTime() > MAX_SILENCE_DAYS * 24 * 3600 * 1000) {
    return `A silence procedure lasts at most ${MAX_SILENCE_DAYS} days.`;
  }
  return null;
}

export interface SilenceState {
  /** The text was adopted: it is final. */
  adopted: boolean;
  /** The procedure under way, if any. */
  current: Pick<SilenceProcedureRow, 'deadline'> | undefined;
  /** The viewer's delegation already broke the current silence. */
  brokeAlready: boolean;
  /** A revision has been issued, so there is something to put under silence. */
  hasRevision: boolean;
}

/** What the viewer may do about a document's silence procedure now. */
export function silenceRights(access: Pick<DocumentAccess, 'participant' | 'target'>, state: SilenceState, now: Date) {
  const delegation = isDelegation(access.participant);
  const { adopted, current, brokeAlready, hasRevision } = state;
  return {
    mayStart: mayStartSilence(access) && !adopted && !current && hasRevision,
    mayBreak: delegation && current !== undefined && !brokeAlready && !hasDeadlinePassed(current, now),
    mayRecordPosition: delegation && adopted,
  };
}
