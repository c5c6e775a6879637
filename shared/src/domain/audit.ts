/** What each recorded action was, in plain words, as the audit log shows it. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'auth.login': 'Signed in',
  'user.create': 'Created an account',
  'document.edit-session': 'Edited the text',
  'proposal.table': 'Tabled a proposal',
  'proposal.retable': 'Re-tabled a proposal',
  'proposal.accept': 'Accepted a proposal',
  'proposal.reject': 'Rejected a proposal',
  'proposal.supersede': 'Marked a proposal superseded',
  'proposal.withdraw': 'Withdrew a proposal',
  'proposal.rebase': 'Carried a proposal over to the new text',
  'proposal.outdate': 'Found a proposal outdated by the new text',
  'proposal.support': 'Supported a proposal',
  'proposal.oppose': 'Opposed a proposal',
  'proposal.position-withdraw': 'Withdrew a position on a proposal',
  'proposal.cosponsor-confirm': 'Confirmed a co-sponsorship',
  'proposal.cosponsor-decline': 'Declined a co-sponsorship',
  'thread.create': 'Opened a comment thread',
  'thread.reply': 'Replied to a comment thread',
  'thread.resolve': 'Resolved a comment thread',
  'thread.reopen': 'Reopened a comment thread',
  'thread.message.edit': 'Edited a comment',
  'thread.message.delete': 'Deleted a comment',
  'proposal.reopen': 'Reopened a decision on a proposal',
  'revision.issue': 'Issued a revision',
  'paragraph.status': 'Changed the status of a paragraph',
  'silence.start': 'Put a revision under silence',
  'silence.break': 'Broke silence',
  'silence.end': 'Ended a silence procedure',
  'position-statement.record': 'Recorded an explanation of position or a reservation',
  'brief.stage': 'Moved the brief to another stage',
  'input.submit': 'Submitted a technical input',
  'input.edit': 'Edited a technical input',
  'input.withdraw': 'Withdrew a technical input',
  'input.incorporate': 'Incorporated a technical input',
  'input.decline': 'Declined a technical input',
  'input.attach': 'Attached a file to a technical input',
};

/**
 * The plain words for an action. One without a label yet still reads as words ("revision.issue" →
 * "Revision: issue") rather than as a code.
 */
export function auditActionLabel(action: string): string {
  if (Object.hasOwn(AUDIT_ACTION_LABELS, action)) return AUDIT_ACTION_LABELS[action]!;
  const [subject = '', ...rest] = action.split('.');
  const words = (part: string) => part.replace(/[-_]+/g, ' ').trim();
  const head = words(subject);
  const tail = rest.map(words).filter(Boolean).join(' ');
  const capitalised = head.charAt(0).toUpperCase() + head.slice(1);
  return tail ? `${capitalised}: ${tail}` : capitalised;
}
