import type { StakeholderKind } from './stakeholders.ts';

/** The capacities in which a person can take part in a negotiation process. */
export const ROLES = ['cofacilitator', 'secretariat', 'delegate', 'agency-lead', 'agency-contributor', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  cofacilitator: 'co-facilitator',
  secretariat: 'secretariat',
  delegate: 'delegate',
  'agency-lead': 'agency lead',
  'agency-contributor': 'agency contributor',
  observer: 'observer',
};

/**
 * The kinds of stakeholder a person may speak for in each capacity: a delegate for a member state or a group, an
 * agency's staff for their agency, a co-facilitator for their country or the co-facilitators' office.
 */
export const STAKEHOLDER_KINDS_BY_ROLE: Record<Role, readonly StakeholderKind[]> = {
  cofacilitator: ['member-state', 'cofacilitator-office'],
  secretariat: ['secretariat'],
  delegate: ['member-state', 'group'],
  'agency-lead': ['agency'],
  'agency-contributor': ['agency'],
  observer: ['observer', 'member-state', 'group', 'agency'],
};

export function mayHoldRoleFor(role: Role, kind: StakeholderKind): boolean {
  return STAKEHOLDER_KINDS_BY_ROLE[role].includes(kind);
}

/** A role read from a person's words ("agency lead", "Co-facilitator"), or undefined. */
export function roleFromLabel(text: string): Role | undefined {
  const wanted = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return ROLES.find((role) => role === wanted || ROLE_LABELS[role].replace(/\s+/g, '-') === wanted);
}
