import { ROLE_LABELS, ROLES, mayHoldRoleFor, type Role, type StakeholderKind } from '@plenary/shared/domain/index';
import type { StakeholderOption } from '../api/proposals.ts';

export const KIND_LABELS: Record<StakeholderKind, string> = {
  'member-state': 'Member state',
  group: 'Group',
  agency: 'Agency',
  'cofacilitator-office': "Co-facilitators' office",
  secretariat: 'Secretariat',
  observer: 'Observer',
};

/** The capacities a person may hold for a stakeholder of this kind, in the order of ROLES. */
export function rolesFor(kind: StakeholderKind | undefined): Role[] {
  return kind ? ROLES.filter((role) => mayHoldRoleFor(role, kind)) : [];
}

/** The role kept when the stakeholder changes: the chosen one while it still fits, else the first that does. */
export function fittingRole(role: Role | '', kind: StakeholderKind | undefined): Role | '' {
  const roles = rolesFor(kind);
  if (role && roles.includes(role)) return role;
  return roles[0] ?? '';
}

export const roleLabel = (role: Role) => ROLE_LABELS[role];

/** How a person names a stakeholder in the field: its full name, as the list offers it. */
export const stakeholderText = (stakeholder: Pick<StakeholderOption, 'name'>) => stakeholder.name;

/** The stakeholder a typed name means (full name, short name or id, any case), among those of the allowed kinds. */
export function findStakeholder(
  text: string,
  stakeholders: readonly StakeholderOption[],
  kinds?: readonly StakeholderKind[],
): StakeholderOption | undefined {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return undefined;
  const allowed = kinds ? stakeholders.filter((s) => kinds.includes(s.kind)) : stakeholders;
  return (
    allowed.find((s) => s.name.toLowerCase() === wanted) ??
    allowed.find((s) => s.shortName.toLowerCase() === wanted) ??
    allowed.find((s) => s.id.toLowerCase() === wanted)
  );
}
