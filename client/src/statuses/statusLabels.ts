import { PARAGRAPH_STATUS_LABELS, type ParagraphStatus } from '@plenary/shared/domain/index';

/** The badge's mark in the margin: short enough to sit beside "OP12(a)". */
export const STATUS_SYMBOLS: Record<ParagraphStatus, string> = {
  open: '○',
  bracketed: '[ ]',
  'agreed-ad-ref': '◐',
  agreed: '✓',
};

/** What each status means, for the menu. */
export const STATUS_HINTS: Record<ParagraphStatus, string> = {
  open: 'Under negotiation',
  bracketed: 'Contested: words in brackets remain',
  'agreed-ad-ref': 'Agreed subject to confirmation by capitals',
  agreed: 'Agreed: locked against edits and proposals',
};

export function statusLabel(status: ParagraphStatus): string {
  return PARAGRAPH_STATUS_LABELS[status];
}

export const LOCK_NOTICE = 'Agreed: reopen it to edit';
