import {
  PROPOSAL_KINDS,
  ROLE_LABELS,
  THREAD_VISIBILITIES,
  type ProposalKind,
  type Role,
  type ThreadVisibility,
} from '@plenary/shared/domain/index';
import type { AuditEntry } from '../api/audit.ts';
import { VISIBILITY_FILTER_LABELS } from '../comments/visibility.ts';
import { KIND_LABELS } from '../proposals/proposalText.ts';

const isRole = (role: string | null): role is Role => role !== null && Object.hasOwn(ROLE_LABELS, role);
const isKind = (kind: unknown): kind is ProposalKind => PROPOSAL_KINDS.includes(kind as ProposalKind);
const isVisibility = (v: unknown): v is ThreadVisibility => THREAD_VISIBILITIES.includes(v as ThreadVisibility);

/** "European Union, delegate": the stakeholder and the capacity an entry was recorded in. */
export function capacityOf(entry: AuditEntry): string {
  const role = isRole(entry.role) ? ROLE_LABELS[entry.role] : entry.role;
  return [entry.stakeholder?.name, role].filter(Boolean).join(', ');
}

/** The few details worth reading in the table: the kind of proposal, the layer of a thread, the reason given. */
export function detailsSummary(entry: AuditEntry): string {
  const { kind, visibility, reason, why, updates } = entry.details;
  const parts: string[] = [];
  if (isKind(kind)) parts.push(KIND_LABELS[kind]);
  if (isVisibility(visibility)) parts.push(VISIBILITY_FILTER_LABELS[visibility]);
  if (typeof updates === 'number') parts.push(updates === 1 ? '1 change' : `${updates} changes`);
  for (const text of [reason, why]) if (typeof text === 'string' && text.trim()) parts.push(`“${text.trim()}”`);
  return parts.join(' · ');
}
