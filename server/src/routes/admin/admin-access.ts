import type { Context } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { currentParticipant } from '../../http/session.ts';
import { ownOrigin } from '../../http/origin-check.ts';
import { forbidden } from '../../errors.ts';
import type { Participant } from '../../policies/actors.ts';
import { mayManageParticipants } from '../../policies/onboarding-policy.ts';

/** The caller as the secretariat of the process (`processId`, else the one they work in); 403 for anyone else. */
export function requireSecretariat(c: Context<AppEnv>, processId?: string): Participant {
  const admin = currentParticipant(c, processId);
  if (!mayManageParticipants(admin)) throw forbidden('Only the secretariat of this process manages its participants.');
  return admin;
}

/** The address a one-time link is built on: the public origin when configured, else the one the request came to. */
export function invitationLink(c: Context<AppEnv>, token: string): string {
  return `${c.var.services.config.origin ?? ownOrigin(c)}/invitations/${token}`;
}
