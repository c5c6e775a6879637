import { ROLE_LABELS } from '@plenary/shared/permissions/index';
import type { ProcessRow } from '../db/types.ts';
import type { Participant } from '../policies/actors.ts';


export function presentStakeholder(s: Participant['stakeholder']) {
  return { id: s.id, name: s.name, shortName: s.shortName, kind: s.kind };
}

export function presentMe(participant: Participant | null, user: Participant['user'], process: ProcessRow | null) {
  const roleLabel = participant ? ROLE_LABELS[participant.membership.role] : null;
  return {
    user: { id: user.id, email: user.email, name: user.name },
    stakeholder: participant ? presentStakeholder(participant.stakeholder) : null,
    role: participant?.membership.role ?? null,
    roleLabel,
    capacity: participant ? `${user.name} — ${participant.stakeholder.name} — ${roleLabel}` : user.name,
    process: process ? { id: process.id, title: process.title } : null,
  };
}
