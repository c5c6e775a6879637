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
  'import.read': 'Uploaded a Word file to import',
  'import.confirm': 'Confirmed a Word import',
  'input.submit': 'Submitted a technical input',
  'input.edit': 'Edited a technical input',
  'input.withdraw': 'Withdrew a technical input',
  'input.incorporate': 'Incorporated a technical input',
  'input.decline': 'Declined a technical input',
  'input.attach': 'Attached a file to a technical input',
  'evidence.link': 'Linked a compact paragraph to its evidence in a brief',
  'evidence.unlink': 'Removed a link to evidence in a brief',
  'process.create': 'Opened a negotiation process',
  'invitation.issue': 'Invited a person',
  'invitation.revoke': 'Withdrew an invitation',
  'invitation.accept': 'Accepted an invitation',
  'password-reset.issue': 'Gave a person a new password link',
  'password-reset.complete': 'Set a new password',
  'user.deactivate': 'Deactivated an account',
  'user.reactivate': 'Reactivated an account',
  'user.membership-change': "Changed a person's capacity",
  'group.members-set': "Changed a group's member states",
  'auth.session-revoke': 'Signed a device out',
  'identity.link': 'Linked a sign-in through the identity provider',
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
