import { can, type Actor, type DocumentTarget } from './can.ts';

/** Whether the actor's agency is a co-lead of the brief (whatever the brief's stage: evidence outlives drafting). */
function leadsBrief(actor: Actor, brief: Pick<DocumentTarget, 'kind' | 'leadStakeholderIds'>): boolean {
  return brief.kind === 'brief' && actor.role === 'agency-lead' && brief.leadStakeholderIds.includes(actor.stakeholderId);
}

/** The compact's pen-holders link its paragraphs to evidence from any brief. */
function holdsCompactPen(actor: Actor): boolean {
  return can(actor, 'edit-text', { kind: 'compact', leadStakeholderIds: [] });
}

/**
 * Who links a compact paragraph to a brief paragraph, and removes such a link: the compact's pen-holders, and
 * the co-leads of that brief. Both documents must also be readable by the actor (the caller checks that).
 */
export function canLinkEvidence(actor: Actor, brief: Pick<DocumentTarget, 'kind' | 'leadStakeholderIds'>): boolean {
  return holdsCompactPen(actor) || leadsBrief(actor, brief);
}

/**
 * Whether "Link evidence…" is offered on a document's paragraphs: on the compact to its pen-holders and to
 * any brief's co-lead (who may name only their own brief); on a brief to the compact's pen-holders and its co-leads.
 */
export function canLinkEvidenceFrom(actor: Actor, doc: Pick<DocumentTarget, 'kind' | 'leadStakeholderIds'>): boolean {
  if (doc.kind === 'brief') return canLinkEvidence(actor, doc);
  return holdsCompactPen(actor) || actor.role === 'agency-lead';
}
