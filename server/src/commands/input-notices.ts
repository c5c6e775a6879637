import type { DbHandle } from '../db/client.ts';
import type { TechnicalInputRow } from '../db/types.ts';
import type { NotificationDraft } from './notification-creator.ts';
import { stakeholderUserIds } from '../queries/audiences.ts';
import type { DocumentAccess } from '../policies/actors.ts';

const on = (label: string | null) => (label ? ` on ${label}` : '');

/** The co-leads' users learn of a new input to their brief. */
export function submissionNotices(
  db: DbHandle,
  access: DocumentAccess,
  input: TechnicalInputRow,
  label: string | null,
): NotificationDraft[] {
  const { doc, participant, target } = access;
  const text = `${participant.stakeholder.shortName} submitted a technical input${on(label)} — ${participant.user.name}.`;
  return target.leadStakeholderIds
    .flatMap((lead) => stakeholderUserIds(db, doc.processId, lead))
    .filter((userId) => userId !== participant.user.id)
    .map((userId) => ({ userId, kind: 'input-submitted' as const, text, documentId: doc.id, inputId: input.id }));
}

/** The author first, then the agency's other members in the process, learn what the co-leads decided. */
export function decisionNotices(
  db: DbHandle,
  access: DocumentAccess,
  input: TechnicalInputRow,
  outcome: 'incorporated' | 'incorporated with an edit' | 'declined',
  label: string | null,
  reason: string | null,
): NotificationDraft[] {
  const { doc, participant } = access;
  const by = `${participant.user.name} (${participant.stakeholder.shortName})`;
  const text = `Your technical input${on(label)} was ${outcome} — ${by}${reason ? `: ${reason}` : '.'}`;
  const agencyUsers = stakeholderUserIds(db, doc.processId, input.stakeholderId);
  return [input.authorUserId, ...agencyUsers.filter((id) => id !== input.authorUserId)].map((userId) => ({
    userId,
    kind: 'input-decision' as const,
    text,
    documentId: doc.id,
    inputId: input.id,
  }));
}
