/** Where a paragraph stands in the negotiation. "Reopened" is a transition back from an agreed state, not a state. */
export const PARAGRAPH_STATUSES = ['open', 'bracketed', 'agreed-ad-ref', 'agreed'] as const;
export type ParagraphStatus = (typeof PARAGRAPH_STATUSES)[number];

export const PARAGRAPH_STATUS_LABELS: Record<ParagraphStatus, string> = {
  open: 'Open',
  bracketed: 'Bracketed',
  'agreed-ad-ref': 'Agreed ad ref.',
  agreed: 'Agreed',
};

/** Agreed text is locked: no edit and no new proposal until a pen-holder reopens it. */
export function isLockedStatus(status: ParagraphStatus): boolean {
  return status === 'agreed';
}

/** How a silence procedure ended; null while it runs. */
export const SILENCE_OUTCOMES = ['adopted', 'broken'] as const;
export type SilenceOutcome = (typeof SILENCE_OUTCOMES)[number];

/** Hours a silence procedure lasts when the pen-holder gives no deadline. */
export const DEFAULT_SILENCE_HOURS = 72;

/** What a delegation may put on record with the final text. */
export const POSITION_STATEMENT_KINDS = ['explanation', 'reservation'] as const;
export type PositionStatementKind = (typeof POSITION_STATEMENT_KINDS)[number];

/** Agreed, ad referendum or for good: a move from here back to open or bracketed reopens the paragraph. */
export function isAgreedStatus(status: ParagraphStatus): boolean {
  return status === 'agreed-ad-ref' || status === 'agreed';
}

/** Whether a transition is a reopening: it leaves an agreed state for one that is not. */
export function isReopening(from: ParagraphStatus, to: ParagraphStatus): boolean {
  return isAgreedStatus(from) && !isAgreedStatus(to);
}
