export const STAKEHOLDER_KINDS = ['member-state', 'group', 'agency', 'cofacilitator-office', 'secretariat', 'observer'] as const;
export type StakeholderKind = (typeof STAKEHOLDER_KINDS)[number];

/** The stakeholders that negotiate, and so may co-sponsor a proposal. */
export const COSPONSOR_STAKEHOLDER_KINDS = ['member-state', 'group', 'agency'] as const satisfies readonly StakeholderKind[];

export function mayCosponsor(kind: string): boolean {
  return (COSPONSOR_STAKEHOLDER_KINDS as readonly string[]).includes(kind);
}
