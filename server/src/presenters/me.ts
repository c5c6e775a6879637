import { ROLE_LABELS } from '@plenary/shared/permissions/index';
import type { MeResponse } from '@plenary/shared/api/index';
import type { MeRecord } from '../queries/me-reader.ts';
import { presentStakeholder } from './stakeholder.ts';

/** The signed-in user, the capacity they act in, their process and the groups their delegation speaks for. */
export function presentMe({ user, participant, process, groups, memberships }: MeRecord): MeResponse {
  const person = { id: user.id, email: user.email, name: user.name };
  const processes = memberships.map(({ membership, process, stakeholder }) => ({
    id: process.id,
    title: process.title,
    shortTitle: process.shortTitle,
    role: membership.role,
    roleLabel: ROLE_LABELS[membership.role],
    stakeholder: presentStakeholder(stakeholder),
  }));
  // The process row is the membership's (a foreign key): both are there, or the account takes part in nothing.
  if (!participant || !process) {
    return {
      user: person,
      stakeholder: null,
      role: null,
      roleLabel: null,
      capacity: user.name,
      process: null,
      groups: groups.map(presentStakeholder),
      processes,
    };
  }
  const roleLabel = ROLE_LABELS[participant.membership.role];
  return {
    user: person,
    stakeholder: presentStakeholder(participant.stakeholder),
    role: participant.membership.role,
    roleLabel,
    capacity: `${user.name} — ${participant.stakeholder.name} — ${roleLabel}`,
    process: { id: process.id, title: process.title },
    groups: groups.map(presentStakeholder),
    processes,
  };
}
