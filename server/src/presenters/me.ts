import { ROLE_LABELS } from '@plenary/shared/permissions/index';
import type { MeRecord } from '../queries/me-reader.ts';
import { presentStakeholder } from './stakeholder.ts';

/** The signed-in user, the capacity they act in, their process and the groups their delegation speaks for. */
export function presentMe({ user, participant, process, groups }: MeRecord) {
  const roleLabel = participant ? ROLE_LABELS[participant.membership.role] : null;
  return {
    user: { id: user.id, email: user.email, name: user.name },
    stakeholder: participant ? presentStakeholder(participant.stakeholder) : null,
    role: participant?.membership.role ?? null,
    roleLabel,
    capacity: participant ? `${user.name} — ${participant.stakeholder.name} — ${roleLabel}` : user.name,
    process: process ? { id: process.id, title: process.title } : null,
    groups: groups.map(presentStakeholder),
  };
}
