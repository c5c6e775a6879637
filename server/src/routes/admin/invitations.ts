import { Hono } from 'hono';
import type { InvitationBatchResponse } from '@plenary/shared/api/index';
import { createInvitationInput, invitationBatchInput, invitationCsvInput } from '@plenary/shared/validation/index';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/json-body.ts';
import { conflict, notFound } from '../../errors.ts';
import { issueInvitations, revokeInvitation } from '../../commands/invitation-issuer.ts';
import { findProcess } from '../../queries/participant-lister.ts';
import { findInvitation, invitationState } from '../../queries/invitation-reader.ts';
import { readInvitationCsv } from '../../queries/invitation-csv-reader.ts';
import { presentInvitationPreview } from '../../presenters/invitation.ts';
import { requireSecretariat } from './admin-access.ts';
import { deliverInvitations } from './invitation-delivery.ts';

/** `/api/admin/invitations`: links for people to join the process, one at a time or from a CSV file. */
export const invitationAdminRoutes = new Hono<AppEnv>()
  .post('/', async (c) => {
    const { processId, ...terms } = await readJson(c, createInvitationInput);
    const admin = requireSecretariat(c, processId);
    const { db, config } = c.var.services;
    const process = findProcess(db, admin.membership.processId)!;
    const issued = db.transaction((tx) => issueInvitations(tx, { admin, processId: process.id, ttlMs: config.invitationTtlMs }, [terms]));
    const [created] = await deliverInvitations(c, issued, process.title);
    return c.json(created!, 201);
  })
  .post('/preview', async (c) => {
    const { processId, csv } = await readJson(c, invitationCsvInput);
    const admin = requireSecretariat(c, processId);
    return c.json(presentInvitationPreview(readInvitationCsv(c.var.services.db, admin.membership.processId, csv)));
  })
  .post('/batch', async (c) => {
    const { processId, rows } = await readJson(c, invitationBatchInput);
    const admin = requireSecretariat(c, processId);
    const { db, config } = c.var.services;
    const process = findProcess(db, admin.membership.processId)!;
    const issued = db.transaction((tx) => issueInvitations(tx, { admin, processId: process.id, ttlMs: config.invitationTtlMs }, rows));
    const response: InvitationBatchResponse = { invitations: await deliverInvitations(c, issued, process.title) };
    return c.json(response, 201);
  })
  .post('/:id/revoke', (c) => {
    const { db } = c.var.services;
    const invitation = findInvitation(db, c.req.param('id'));
    if (!invitation) throw notFound('Invitation');
    const admin = requireSecretariat(c, invitation.processId);
    if (invitationState(invitation) !== 'pending') throw conflict(`This link is already ${invitationState(invitation)}.`);
    revokeInvitation(db, admin, invitation.id);
    return c.body(null, 204);
  });
