import { canManageProcess } from '@plenary/shared/permissions/index';
import { mayHoldRoleFor, ROLE_LABELS, type Role, type StakeholderKind } from '@plenary/shared/domain/index';
import type { Participant } from './actors.ts';

/** Whether the participant runs the process: invites, changes capacities, deactivates. */
export function mayManageParticipants(admin: Participant | null): admin is Participant {
  return admin !== null && canManageProcess(admin.actor);
}

/** Why a person may not hold this role for this stakeholder, or null. */
export function capacityProblem(role: Role, stakeholder: { kind: StakeholderKind; name: string }): string | null {
  if (mayHoldRoleFor(role, stakeholder.kind)) return null;
  return `${withArticle(ROLE_LABELS[role], true)} cannot speak for ${stakeholder.name} (${withArticle(stakeholder.kind.replace('-', ' '))}).`;
}

function withArticle(words: string, capital = false): string {
  const article = /^[aeiou]/i.test(words) ? 'an' : 'a';
  return `${capital ? article.charAt(0).toUpperCase() + article.slice(1) : article} ${words}`;
}

/** The secretariat does not change or take out its own account: another member does, so nobody locks themself out. */
export function mayChangeAccount(admin: Participant, targetUserId: string): boolean {
  return admin.user.id !== targetUserId;
}

/**
 * An account is one person across processes: it is taken out, or given a new password, only by someone who runs
 * every process it takes part in. Otherwise the secretariat of one process could lock a person out of another, or
 * sign in as them there.
 */
export function mayActOnAccount(adminRuns: ReadonlySet<string>, targetProcesses: readonly { processId: string }[]): boolean {
  return targetProcesses.every((m) => adminRuns.has(m.processId));
}

/**
 * A new password link is handed to the secretariat to pass on, so whoever holds it could sign in as the person:
 * never for a member of the secretariat, whose account runs the process.
 */
export function mayIssuePasswordLink(targetProcesses: readonly { role: string }[]): boolean {
  return targetProcesses.every((m) => m.role !== 'secretariat');
}

/** Groups are shared by every process: their members change only with the agreement of every process they reach. */
export function mayChangeGroup(adminRuns: ReadonlySet<string>, reached: ReadonlySet<string>): boolean {
  return [...reached].every((processId) => adminRuns.has(processId));
}
