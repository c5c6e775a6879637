import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { eq } from 'drizzle-orm';
import type {
  CreatedProcessResponse,
  CreatedUserResponse,
  GroupMembersResponse,
  InvitationBatchResponse,
  ParticipantsResponse,
} from '@plenary/shared/api/index';
import {
  createInvitationInput,
  createProcessInput,
  createUserInput,
  groupMembersInput,
  invitationBatchInput,
  invitationCsvInput,
  membershipInput,
  processQuery,
} from '@plenary/shared/validation/index';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/json-body.ts';
import { filledQueryParams } from '../../http/query-params.ts';
import { badRequest, conflict, forbidden, notFound } from '../../errors.ts';
import { createUser } from '../../commands/user-creator.ts';
import { audit } from '../../commands/audit.ts';
import { createProcess } from '../../commands/process-creator.ts';
import { issueInvitations, issuePasswordReset, revokeInvitation } from '../../commands/invitation-issuer.ts';
import { deactivateAccount, reactivateAccount } from '../../commands/account-deactivator.ts';
import { changeMembership } from '../../commands/membership-changer.ts';
import { setGroupMembers } from '../../commands/group-member-setter.ts';
import { findMembership, findProcess, listParticipants } from '../../queries/participant-lister.ts';
import { invitationState, listInvitations } from '../../queries/invitation-reader.ts';
import { readInvitationCsv } from '../../queries/invitation-csv-reader.ts';
import { readGroup } from '../../queries/group-reader.ts';
import {
  capacityProblem,
  mayActOnAccount,
  mayChangeAccount,
  mayChangeGroup,
  mayIssuePasswordLink,
} from '../../policies/onboarding-policy.ts';
import { accountProcesses, processesReachedByGroup, secretariatProcessesOf } from '../../queries/account-reach.ts';
import { presentProcess } from '../../presenters/process.ts';
import { presentParticipant } from '../../presenters/participant.ts';
import { presentInvitation, presentInvitationPreview } from '../../presenters/invitation.ts';
import { presentStakeholderRef } from '../../presenters/stakeholder.ts';
import { invitations, stakeholders } from '../../db/schema.ts';
import { announceMembershipChange } from '../../announcers/membership-announcer.ts';
import { requireSecretariat } from './admin-access.ts';
import { deliverInvitations } from './invitation-delivery.ts';

/** `/api/admin`: the secretariat sets up processes and brings people in, changes their capacity and takes them out. */
export const adminRoutes = new Hono<AppEnv>()
  .post('/processes', async (c) => {
    const input = await readJson(c, createProcessInput);
    const creator = requireSecretariat(c);
    const { db, store, config } = c.var.services;
    // A process opens with its co-facilitators' invitations or not at all.
    const { created, issued } = db.transaction((tx) => {
      const created = createProcess(tx, store, creator, input);
      const cofacilitators = input.cofacilitators.map((person) => ({ ...person, role: 'cofacilitator' as const }));
      const ttlMs = config.invitationTtlMs;
      const issued = issueInvitations(
        tx,
        { admin: creator, processId: created.process.id, ttlMs, rowLabel: 'Co-facilitator' },
        cofacilitators,
      );
      return { created, issued };
    });
    const response: CreatedProcessResponse = {
      process: presentProcess(created.process),
      documents: created.documents,
      invitations: await deliverInvitations(c, issued, created.process.title),
    };
    return c.json(response, 201);
  })
  .get('/participants', (c) => {
    const { processId } = processQuery.parse(filledQueryParams(c));
    const admin = requireSecretariat(c, processId);
    const { db } = c.var.services;
    const process = findProcess(db, admin.membership.processId)!;
    const response: ParticipantsResponse = {
      process: presentProcess(process),
      participants: listParticipants(db, process.id).map(presentParticipant),
      invitations: listInvitations(db, process.id).map((row) => presentInvitation(row.invitation, row.stakeholder, row.issuer)),
    };
    return c.json(response);
  })
  .post('/invitations', async (c) => {
    const { processId, ...terms } = await readJson(c, createInvitationInput);
    const admin = requireSecretariat(c, processId);
    const { db, config } = c.var.services;
    const process = findProcess(db, admin.membership.processId)!;
    const issued = db.transaction((tx) => issueInvitations(tx, { admin, processId: process.id, ttlMs: config.invitationTtlMs }, [terms]));
    const [created] = await deliverInvitations(c, issued, process.title);
    return c.json(created!, 201);
  })
  .post('/invitations/preview', async (c) => {
    const { processId, csv } = await readJson(c, invitationCsvInput);
    const admin = requireSecretariat(c, processId);
    return c.json(presentInvitationPreview(readInvitationCsv(c.var.services.db, admin.membership.processId, csv)));
  })
  .post('/invitations/batch', async (c) => {
    const { processId, rows } = await readJson(c, invitationBatchInput);
    const admin = requireSecretariat(c, processId);
    const { db, config } = c.var.services;
    const process = findProcess(db, admin.membership.processId)!;
    const issued = db.transaction((tx) => issueInvitations(tx, { admin, processId: process.id, ttlMs: config.invitationTtlMs }, rows));
    const response: InvitationBatchResponse = { invitations: await deliverInvitations(c, issued, process.title) };
    return c.json(response, 201);
  })
  .post('/invitations/:id/revoke', (c) => {
    const { db } = c.var.services;
    const invitation = db
      .select()
      .from(invitations)
      .where(eq(invitations.id, c.req.param('id')))
      .get();
    if (!invitation) throw notFound('Invitation');
    const admin = requireSecretariat(c, invitation.processId);
    if (invitationState(invitation) !== 'pending') throw conflict(`This link is already ${invitationState(invitation)}.`);
    revokeInvitation(db, admin, invitation.id);
    return c.body(null, 204);
  })
  .post('/users/:id/deactivate', (c) => {
    const { admin, target } = loadAccountTarget(c);
    if (target.user.deactivatedAt) throw conflict(`${target.user.name} is already deactivated.`);
    const { db, connections } = c.var.services;
    const ended = deactivateAccount(db, admin, target.user);
    // Their sockets and event streams were authorized when they opened: end them now, not when they next check.
    for (const id of ended) connections.endSession(id);
    return c.json(participantOf(c, admin.membership.processId, target.user.id));
  })
  .post('/users/:id/reactivate', (c) => {
    const { admin, target } = loadAccountTarget(c);
    if (!target.user.deactivatedAt) throw conflict(`${target.user.name} is active.`);
    reactivateAccount(c.var.services.db, admin, target.user);
    return c.json(participantOf(c, admin.membership.processId, target.user.id));
  })
  .post('/users/:id/password-reset', async (c) => {
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
  .put('/users/:id/membership', async (c) => {
    const { processId, ...next } = await readJson(c, membershipInput);
    const { admin, target } = loadTarget(c, processId);
    const { db } = c.var.services;
    const stakeholder = db.select().from(stakeholders).where(eq(stakeholders.id, next.stakeholderId)).get();
    if (!stakeholder) throw badRequest(`Unknown stakeholder "${next.stakeholderId}".`);
    const problem = capacityProblem(next.role, stakeholder);
    if (problem) throw badRequest(problem);
    changeMembership(db, admin, target.membership, next);
    announceMembershipChange(c.var.services, target.user.id, admin.membership.processId);
    return c.json(participantOf(c, admin.membership.processId, target.user.id));
  })
  .get('/groups/:id/members', (c) => {
    requireSecretariat(c);
    return c.json(groupResponse(c, c.req.param('id')));
  })
  .put('/groups/:id/members', async (c) => {
    const { memberIds } = await readJson(c, groupMembersInput);
    const admin = requireSecretariat(c);
    const { db } = c.var.services;
    const group = readGroup(db, c.req.param('id'));
    if (!group) throw notFound('Group');
    const unique = [...new Set(memberIds)];
    if (!mayChangeGroup(secretariatProcessesOf(db, admin.user.id), processesReachedByGroup(db, group.group.id, unique))) {
      throw forbidden(`${group.group.name} speaks for people in processes you do not run: their secretariats must make this change.`);
    }
    const known = new Map(
      db
        .select()
        .from(stakeholders)
        .all()
        .map((s) => [s.id, s]),
    );
    for (const id of unique) {
      const member = known.get(id);
      if (!member) throw badRequest(`Unknown stakeholder "${id}".`);
      if (member.kind !== 'member-state') throw badRequest(`${member.name} is not a member state: a group's members are member states.`);
    }
    setGroupMembers(db, admin, group.group.id, unique);
    return c.json(groupResponse(c, group.group.id));
  })
  .post('/users', async (c) => {
    const admin = requireSecretariat(c);
    const { db } = c.var.services;
    const input = await readJson(c, createUserInput);
    const stakeholder = db.select().from(stakeholders).where(eq(stakeholders.id, input.stakeholderId)).get();
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
  const row = listParticipants(c.var.services.db, processId).find((p) => p.user.id === userId)!;
  return presentParticipant(row);
}

function groupResponse(c: Ctx, groupId: string): GroupMembersResponse {
  const group = readGroup(c.var.services.db, groupId);
  if (!group) throw notFound('Group');
  return { group: presentStakeholderRef(group.group), members: group.members.map(presentStakeholderRef) };
}
