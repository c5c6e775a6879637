import type { BriefStage } from '@plenary/shared/domain/index';

/** The button that moves a brief to each stage, in the words of the process. */
export const MOVE_LABELS: Record<BriefStage, string> = {
  draft: 'Back to draft',
  circulated: 'Circulate for comments…',
  finalization: 'Move to finalization',
  endorsed: 'Endorse',
  published: 'Publish',
};

/** What a brief in each stage allows, said in the confirmation before the move. */
export const STAGE_ALLOWS: Record<BriefStage, string> = {
  draft: 'Only its co-leads and the secretariat see it, and the co-leads write its text.',
  circulated:
    'Every agency and the co-facilitators read it and table proposals; the text is read-only for everyone until it moves to finalization.',
  finalization: 'The co-leads write the text again, taking in the comments; no new proposals are tabled.',
  endorsed: 'The text and its proposals are read-only; the secretariat publishes it next.',
  published: 'Delegations and observers read it too; the text and its proposals stay read-only for good.',
};
