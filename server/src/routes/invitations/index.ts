import { Hono, type Context } from 'hono';
import { ROLE_LABELS } from '@plenary/shared/domain/index';
import { acceptInvitationInput, passwordProblem } from '@plenary/shared/validation/index';
import type { InvitationInfoResponse, LoginResponse } from '@plenary/shared/api/index';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/json-body.ts';
import { openSession } from '../../http/session-cookie.ts';
import { clientAddress } from '../../http/client-address.ts';
import { retryAfterSeconds } from '../../auth/admission.ts';
import { hashPassword, verifyPassword } from '../../auth/password.ts';
import { deleteUserSessions, findUserByEmail } from '../../auth/sessions.ts';
import { ApiError, badRequest, forbidden, notFound } from '../../errors.ts';
import { findInvitationByToken } from '../../queries/invitation-reader.ts';
import { assertInvitationUsable, completeInvitation, type Acceptance } from '../../commands/invitation-accepter.ts';
import { readMe } from '../../queries/me-reader.ts';
import { presentMe } from '../../presenters/me.ts';
import { presentStakeholderRef } from '../../presenters/stakeholder.ts';
import { signInOptionsOf } from '../config/index.ts';

type Ctx = Context<AppEnv>;

function usableInvitation(c: Ctx) {
  const found = findInvitationByToken(c.var.services.db, c.req.param('token') ?? '');
  if (!found) throw notFound('Invitation');
  assertInvitationUsable(found.invitation);
  return found;
}

/** `/api/invitations/:token`: what a link is for, and using it. The token is the only credential. */
export const invitationRoutes = new Hono<AppEnv>()
  .get('/:token', (c) => {
    const { invitation, process, stakeholder } = usableInvitation(c);
    const response: InvitationInfoResponse = {
      purpose: invitation.purpose,
      email: invitation.email,
      name: invitation.name,
      process: { id: process.id, title: process.title },
      stakeholder: presentStakeholderRef(stakeholder),
      role: invitation.role,
      roleLabel: ROLE_LABELS[invitation.role],
      expiresAt: invitation.expiresAt,
      accountExists: findUserByEmail(c.var.services.db, invitation.email) !== undefined,
      signIn: signInOptionsOf(c.var.services.config),
    };
    return c.json(response);
  })
  .post('/:token/accept', async (c) => {
    const { password } = await readJson(c, acceptInvitationInput);
    const { invitation } = usableInvitation(c);
    const { db, config, connections } = c.var.services;
    if (!config.passwordSignIn) {
      throw forbidden(
        `Passwords are not used here: accept the invitation by signing in through ${config.oidc?.name ?? 'the identity provider'}.`,
      );
    }
    const account = findUserByEmail(db, invitation.email);
    const acceptance = await acceptanceOf(c, invitation, account, password);
    const endedSessions: string[] = [];
    const user = db.transaction((tx) => {
      const user = completeInvitation(tx, invitation, acceptance);
      // A new password ends every sign-in made with the old one.
      if (invitation.purpose === 'reset') endedSessions.push(...deleteUserSessions(tx, user.id));
      openSession(c, tx, user, 'invitation', invitation.processId);
      return user;
    });
    for (const id of endedSessions) connections.endSession(id);
    const response: LoginResponse = { me: presentMe(readMe(db, user, invitation.processId)) };
    return c.json(response);
  });

async function acceptanceOf(
  c: Ctx,
  invitation: { purpose: 'join' | 'reset'; email: string; name: string },
  account: ReturnType<typeof findUserByEmail>,
  password: string,
): Promise<Acceptance> {
  const chosen = () => {
    const problem = passwordProblem(password, invitation);
    if (problem) throw badRequest(problem, [{ path: 'password', message: problem }]);
    return hashPassword(password);
  };
  if (invitation.purpose === 'reset') {
    if (!account) throw notFound('Account');
    return { kind: 'existing-account', user: account, newPasswordHash: await chosen() };
  }
  if (!account) return { kind: 'new-account', passwordHash: await chosen() };
  // Joining another process with an existing account proves it is theirs: its password, counted like a sign-in.
  const admission = c.var.services.loginThrottle.admit(clientAddress(c), account.email);
  if (!admission.admitted) {
    c.header('Retry-After', String(retryAfterSeconds(admission.retryAfterMs)));
    throw new ApiError(429, 'rate_limited', 'Too many failed attempts. Try again later.');
  }
  const valid = await verifyPassword(password, account.passwordHash);
  if (valid) admission.attempt.succeeded();
  else admission.attempt.failed();
  if (!valid) throw new ApiError(401, 'invalid_credentials', `That is not the password of the account ${account.email}.`);
  return { kind: 'existing-account', user: account };
}
