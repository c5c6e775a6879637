import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { CreatedUserResponse } from '@plenary/shared/api/index';
import { createUserInput, membershipInput } from '@plenary/shared/validation/index';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/json-body.ts';
import { badRequest, conflict, forbidden, notFound } from '../../errors.ts';
import { createUser } from '../../commands/user-creator.ts';
import { audit } from '../../commands/audit.ts';
import { issuePasswordReset } from '../../commands/invitation-issuer.ts';
import { deactivateAccount, reactivateAccount } from '../../commands/account-deactivator.ts';
import { changeMembership } from '../../commands/membership-changer.ts';
import { findMembership, findProcess, listParticipants } from '../../queries/participant-lister.ts';
import { findStakeholder } from '../../queries/stakeholder-lister.ts';
import { accountProcesses, secretariatProcessesOf } from '../../queries/account-reach.ts';
import { capacityProblem, mayActOnAccount, mayChangeAccount, mayIssuePasswordLink } from '../../policies/onboarding-policy.ts';
import { presentParticipant } from '../../presenters/participant.ts';
import { announceMembershipChange } from '../../announcers/membership-announcer.ts';
import { requireSecretariat } from './admin-access.ts';
import { deliverInvitations } from './invitation-delivery.ts';

/** `/api/admin/users`: a person's capacity, their account taken out or back, a new password link; accounts made directly. */
export const accountRoutes = new Hono<AppEnv>()
  .post('/:id/deactivate', (c) => {
    const { admin, target } = loadAccountTarget(c);
    if (target.user.deactivatedAt) throw conflict(`${target.user.name} is already deactivated.`);
    const { db, connections } = c.var.services;
    const ended = deactivateAccount(db, admin, target.user);
    // Their sockets and event streams were authorized when they opened: end them now, not when they next check.
    for (const id of ended) connections.endSession(id);
    return c.json(participantOf(c, admin.membership.processId, target.user.id));
  })
  .post('/:id/reactivate', (c) => {
    const { admin, target } = loadAccountTarget(c);
    if (!target.user.deactivatedAt) throw conflict(`${target.user.name} is active.`);
    reactivateAccount(c.var.services.db, admin, target.user);
    return c.json(participantOf(c, admin.membership.processId, target.user.id));
  })
  .post('/:id/password-reset', async (c) => {
    const { admin, target, processes } = loadAccountTarget(c);
    const { db, config } = c.var.services;
    if (!mayIssuePasswordLink(processes)) {
      throw forbidden('A member of the secretariat sets a new password only through the operator, not a link handed to a colleague.');
    }
    if (!config.passwordSignIn) throw conflict('Password sign-in is turned off here: people sign in through the identity provider.');
    if (target.user.deactivatedAt) throw conflict(`${target.user.name} is deactivated: reactivate the account first.`);
    const process = findProcess(db, admin.membership.processId)!;
    const issued = issuePasswordReset(
      db,
      { admin, processId: process.id, ttlMs: config.invitationTtlMs },
      {
        email: target.user.email,
        name: target.user.name,
        stakeholderId: target.membership.stakeholderId,
        role: target.membership.role,
      },
    );
    const [created] = await deliverInvitations(c, [issued], process.title);
    return c.json(created!, 201);
  })
  .put('/:id/membership', async (c) => {
    const { processId, ...next } = await readJson(c, membershipInput);
    const { admin, target } = loadTarget(c, processId);
    const { db } = c.var.services;
    const stakeholder = findStakeholder(db, next.stakeholderId);
    if (!stakeholder) throw badRequest(`Unknown stakeholder "${next.stakeholderId}".`);
    const problem = capacityProblem(next.role, stakeholder);
    if (problem) throw badRequest(problem);
    changeMembership(db, admin, target.membership, next);
    announceMembershipChange(c.var.services, target.user.id, admin.membership.processId);
    return c.json(participantOf(c, admin.membership.processId, target.user.id));
  })
  .post('/', async (c) => {
    const admin = requireSecretariat(c);
    const { db } = c.var.services;
    const input = await readJson(c, createUserInput);
    const stakeholder = findStakeholder(db, input.stakeholderId);
    const problem = stakeholder && capacityProblem(input.role, stakeholder);
    if (problem) throw badRequest(problem);
    const created = await createUser(db, { ...input, id: randomUUID(), processId: admin.membership.processId }, (tx, user) =>
      audit(tx, {
        participant: admin,
        action: 'user.create',
        target: user.id,
        details: { email: input.email, role: input.role, stakeholderId: input.stakeholderId },
      }),
    );
    const response: CreatedUserResponse = {
      id: created.id,
      email: created.email,
      name: created.name,
      stakeholderId: input.stakeholderId,
      role: input.role,
    };
    return c.json(response, 201);
  });

type Ctx = Context<AppEnv>;

/** The secretariat and the person it acts on, who must take part in its process (404 otherwise) and not be itself. */
function loadTarget(c: Ctx, processId?: string) {
  const admin = requireSecretariat(c, processId ?? c.req.query('processId'));
  const target = findMembership(c.var.services.db, admin.membership.processId, c.req.param('id') ?? '');
  if (!target) throw notFound('Participant');
  if (!mayChangeAccount(admin, target.user.id))
    throw forbidden('You cannot change your own account: ask another member of the secretariat.');
  return { admin, target };
}

/** As `loadTarget`, for a change to the account itself, which reaches every process the person takes part in. */
function loadAccountTarget(c: Ctx) {
  const loaded = loadTarget(c);
  const { db } = c.var.services;
  const processes = accountProcesses(db, loaded.target.user.id);
  if (!mayActOnAccount(secretariatProcessesOf(db, loaded.admin.user.id), processes)) {
    throw forbidden(`${loaded.target.user.name} also takes part in processes you do not run: their secretariats must agree to this.`);
  }
  return { ...loaded, processes };
}

function participantOf(c: Ctx, processId: string, userId: string) {
  const [row] = listParticipants(c.var.services.db, processId, userId);
  if (!row) throw notFound('Participant');
  return presentParticipant(row);
}
