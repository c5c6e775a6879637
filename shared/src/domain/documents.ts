export const DOCUMENT_KINDS = ['compact', 'brief'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The stages an issue brief goes through, as the process records them. */
export const BRIEF_STAGES = ['draft', 'circulated', 'finalization', 'endorsed', 'published'] as const;
export type BriefStage = (typeof BRIEF_STAGES)[number];

export function isBriefStage(value: string): value is BriefStage {
  return (BRIEF_STAGES as readonly string[]).includes(value);
}

/** How a document's stage reads wherever it is shown, compact and briefs alike. */
const STAGE_LABELS: Record<string, string> = {
  'zero draft': 'Zero draft',
  draft: 'Draft',
  circulated: 'Circulated for comments',
  finalization: 'Under finalization',
  endorsed: 'Endorsed',
  published: 'Published',
  'final text': 'Final text',
};

/** The stage every document reads once its text was adopted. */
export const FINAL_TEXT_STAGE = 'final text';

/** A stage as a label: from the table, or (a stage it does not know) with its first letter capitalised. */
export function stageLabel(stage: string): string {
  const known = STAGE_LABELS[stage.trim().toLocaleLowerCase()];
  if (known) return known;
  return stage.charAt(0).toLocaleUpperCase() + stage.slice(1);
}
