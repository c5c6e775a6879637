import { canLinkEvidence } from '@plenary/shared/permissions/index';
import type { DocumentAccess, Participant } from './actors.ts';

/** The compact's pen-holders, and the brief's co-leads, link (and unlink) a compact paragraph to the brief. */
export function mayLinkEvidence(participant: Participant, brief: Pick<DocumentAccess, 'target'>): boolean {
  return canLinkEvidence(participant.actor, brief.target);
}
