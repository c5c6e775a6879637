import { canManageProcess } from '@plenary/shared/permissions/index';
import { mayHoldRoleFor, type Role, type StakeholderKind } from '@plenary/shared/domain/index';
import type { Participant } from './actors.ts';

/** Whether the participant runs the process: invites, changes capacities, deactivates. */
export function mayManageParticipants(admin: Participant | null): admin is Participant {
  return admin !== null && canManageProcess(admin.actor);
}

/** Why a person may not hold this role for this stakeholder, or null. */
export function capacityProblem(role: Role, stakeholder: { kind: StakeholderKind; name: string }): string | null {
  if (mayHoldRoleFor(role, stakeholder.kind)) return null;
  return `A ${role.replace('-', ' ')} cannot speak for ${stakeholder.name} (a ${stakeholder.kind.replace('-', ' ')}).`;
}

/** The secretariat does not change or take out its own account: another member does, so nobody locks themself out. */
export function mayChangeAccount(admin: Participant, targetUserId: string): boolean {
  return admin.user.id !== targetUserId;
}
