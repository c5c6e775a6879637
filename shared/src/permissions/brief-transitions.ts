import type { BriefStage, Role } from '../domain/index.ts';

/** Who moves a brief from one stage to the next: its co-leads, or the secretariat. */
export type StageMover = 'co-leads' | 'secretariat';

/**
 * Every move a brief may make: forward one step at a time, and back from circulation to the draft and from
 * finalization to circulation. The co-leads move it; endorsement is the secretariat's, and so is publication
 * (the process publishes what it endorsed).
 */
export const BRIEF_TRANSITIONS: readonly { from: BriefStage; to: BriefStage; by: StageMover }[] = [
  { from: 'draft', to: 'circulated', by: 'co-leads' },
  { from: 'circulated', to: 'draft', by: 'co-leads' },
  { from: 'circulated', to: 'finalization', by: 'co-leads' },
  { from: 'finalization', to: 'circulated', by: 'co-leads' },
  { from: 'finalization', to: 'endorsed', by: 'secretariat' },
  { from: 'endorsed', to: 'published', by: 'secretariat' },
];

export function briefTransition(from: BriefStage, to: BriefStage) {
  return BRIEF_TRANSITIONS.find((t) => t.from === from && t.to === to);
}

/** Whether this actor makes this move on a brief led by these stakeholders. */
export function mayMoveBrief(
  actor: { role: Role; stakeholderId: string },
  leadStakeholderIds: readonly string[],
  transition: { by: StageMover },
): boolean {
  if (transition.by === 'secretariat') return actor.role === 'secretariat';
  return actor.role === 'agency-lead' && leadStakeholderIds.includes(actor.stakeholderId);
}

/** The moves this actor may make from a stage, for the buttons a page shows. */
export function briefMovesFor(actor: { role: Role; stakeholderId: string }, leadStakeholderIds: readonly string[], from: BriefStage) {
  return BRIEF_TRANSITIONS.filter((t) => t.from === from && mayMoveBrief(actor, leadStakeholderIds, t));
}
