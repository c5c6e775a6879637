import { auditActionLabel } from '@plenary/shared/domain/index';
import type { AuditEntryResponse, AuditLogResponse } from '@plenary/shared/api/index';
import type { DocumentParagraph } from '@plenary/shared/document/index';
import type { AuditPage, AuditRecord } from '../queries/audit-log-reader.ts';
import type { AuditFilterOptions } from '../queries/audit-filter-options.ts';
import { presentStakeholderRef } from './stakeholder.ts';

function detailsOf(record: AuditRecord): Record<string, unknown> {
  const { details } = record.row;
  return details !== null && typeof details === 'object' && !Array.isArray(details) ? (details as Record<string, unknown>) : {};
}

/** One audit row, with the paragraph it concerns under the number it bears now. */
export function presentAuditEntry(record: AuditRecord, numbers: ReadonlyMap<string, string>): AuditEntryResponse {
  const { row } = record;
  const details = detailsOf(record);
  const pid = typeof details.pid === 'string' ? details.pid : null;
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    actionLabel: auditActionLabel(row.action),
    user: record.user,
    stakeholder: record.stakeholder && presentStakeholderRef(record.stakeholder),
    role: row.role,
    target: row.target,
    pid,
    paragraphNumber: (pid !== null && numbers.get(pid)) || null,
    details: publicDetails(row.action, details),
  };
}

/** Who a proposal invited to co-sponsor it is the tabling side's to tell: the log keeps it, the view does not. */
function publicDetails(action: string, details: Record<string, unknown>): Record<string, unknown> {
  if (action !== 'proposal.table' || !('cosponsors' in details)) return details;
  const { cosponsors: _invited, ...rest } = details;
  return rest;
}

/** A page of the audit log, with what it can be filtered by; `paragraphs` is the text as it stands. */
export function presentAuditLog(page: AuditPage, options: AuditFilterOptions, paragraphs: readonly DocumentParagraph[]): AuditLogResponse {
  const numbers = new Map(paragraphs.map((p) => [p.pid, p.number]));
  return {
    entries: page.records.map((record) => presentAuditEntry(record, numbers)),
    nextCursor: page.nextCursor,
    filters: {
      users: options.users,
      stakeholders: options.stakeholders.map(presentStakeholderRef),
      actions: options.actions
        .map((action) => ({ action, label: auditActionLabel(action) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    },
  };
}
