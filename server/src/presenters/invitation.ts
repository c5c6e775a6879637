import { ROLE_LABELS } from '@plenary/shared/domain/index';
import type { InvitationPreviewResponse, InvitationResponse } from '@plenary/shared/api/index';
import type { InvitationCsvReading } from '../queries/invitation-csv-reader.ts';
import type { Stakeholder } from '../db/types.ts';
import { invitationState, type InvitationRow } from '../queries/invitation-reader.ts';
import { presentStakeholderRef } from './stakeholder.ts';

/** A link handed out, without its token (never kept), and what became of it. */
export function presentInvitation(row: InvitationRow, stakeholder: Stakeholder, issuer: string): InvitationResponse {
  return {
    id: row.id,
    purpose: row.purpose,
    email: row.email,
    name: row.name,
    stakeholder: presentStakeholderRef(stakeholder),
    role: row.role,
    roleLabel: ROLE_LABELS[row.role],
    state: invitationState(row),
    createdAt: row.createdAt,
    createdBy: issuer,
    expiresAt: row.expiresAt,
    acceptedAt: row.acceptedAt,
    mailed: row.mailedAt !== null,
  };
}

/** A CSV file as read: each row with what it would create, or why it cannot. */
export function presentInvitationPreview({ rows, fileErrors }: InvitationCsvReading): InvitationPreviewResponse {
  return {
    rows: rows.map((row) => ({
      line: row.line,
      email: row.email,
      name: row.name,
      stakeholder: row.stakeholder ? presentStakeholderRef(row.stakeholder) : null,
      role: row.role ?? null,
      errors: row.errors,
    })),
    fileErrors,
  };
}
