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
