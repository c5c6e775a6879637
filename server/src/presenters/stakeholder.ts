import type { MentionCandidateResponse, StakeholderRef, StakeholderResponse } from '@plenary/shared/api/index';
import type { Stakeholder } from '../db/types.ts';

export function presentStakeholder(s: Pick<Stakeholder, 'id' | 'name' | 'shortName' | 'kind'>): StakeholderResponse {
  return { id: s.id, name: s.name, shortName: s.shortName, kind: s.kind };
}

/** A stakeholder an `@` mention can name, with how many people it would reach. */
export function presentMentionCandidate(stakeholder: Stakeholder, participants: number): MentionCandidateResponse {
  return { ...presentStakeholder(stakeholder), participants };
}

export function presentStakeholderRef(s: Pick<Stakeholder, 'id' | 'name' | 'shortName'>): StakeholderRef {
  return { id: s.id, name: s.name, shortName: s.shortName };
}
