import type { Context } from 'hono';
import { ROLE_LABELS } from '@plenary/shared/domain/index';
import type { CreatedInvitationResponse } from '@plenary/shared/api/index';
import type { AppEnv } from '../../http/env.ts';
import type { IssuedInvitation } from '../../commands/invitation-issuer.ts';
import { markInvitationMailed } from '../../commands/invitation-issuer.ts';
import { invitationLink } from './admin-access.ts';

/**
 * Hands each new link out: e-mailed when SMTP is configured (a refused or failed mail is reported as not mailed,
 * the link still shown), and returned to the secretariat either way, the only time its token is seen.
 */
export async function deliverInvitations(
  c: Context<AppEnv>,
  issued: readonly IssuedInvitation[],
  processTitle: string,
): Promise<CreatedInvitationResponse[]> {
  const { mailer, db } = c.var.services;
  const delivered: CreatedInvitationResponse[] = [];
  for (const invitation of issued) {
    const link = invitationLink(c, invitation.token);
    let mailed = false;
    if (mailer) {
      try {
        await mailer.sendInvitation({
          to: invitation.email,
          name: invitation.name,
          link,
          processTitle,
          capacity: `${invitation.name} — ${invitation.stakeholder.name} — ${ROLE_LABELS[invitation.role]}`,
          expiresAt: invitation.expiresAt,
          purpose: invitation.purpose,
        });
        markInvitationMailed(db, invitation.id);
        mailed = true;
      } catch (error) {
        console.error(`Could not e-mail the link for ${invitation.email}`, error);
      }
    }
    delivered.push({ id: invitation.id, link, email: invitation.email, expiresAt: invitation.expiresAt.toISOString(), mailed });
  }
  return delivered;
}
