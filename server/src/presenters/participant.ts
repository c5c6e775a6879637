import { ROLE_LABELS } from '@plenary/shared/domain/index';
import type { ParticipantResponse } from '@plenary/shared/api/index';
import type { Membership, Stakeholder, User } from '../db/types.ts';
import { presentStakeholderRef } from './stakeholder.ts';

interface ParticipantRow {
  user: User;
  membership: Membership;
  stakeholder: Stakeholder;
  liveSessions: number | null;
  identities: number | null;
}

export function presentParticipant({ user, membership, stakeholder, liveSessions, identities }: ParticipantRow): ParticipantResponse {
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    stakeholder: presentStakeholderRef(stakeholder),
    role: membership.role,
    roleLabel: ROLE_LABELS[membership.role],
    active: user.deactivatedAt === null,
    deactivatedAt: user.deactivatedAt,
    liveSessions: user.deactivatedAt === null ? (liveSessions ?? 0) : 0,
    identityLinked: (identities ?? 0) > 0,
    hasPassword: user.passwordHash !== '',
    joinedAt: membership.createdAt,
  };
}
