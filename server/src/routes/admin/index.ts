import { Hono } from 'hono';
import type { ParticipantsResponse } from '@plenary/shared/api/index';
import { processQuery } from '@plenary/shared/validation/index';
import type { AppEnv } from '../../http/env.ts';
import { filledQueryParams } from '../../http/query-params.ts';
import { findProcess, listParticipants } from '../../queries/participant-lister.ts';
import { listInvitations } from '../../queries/invitation-reader.ts';
import { presentProcess } from '../../presenters/process.ts';
import { presentParticipant } from '../../presenters/participant.ts';
import { presentInvitation } from '../../presenters/invitation.ts';
import { requireSecretariat } from './admin-access.ts';
import { processRoutes } from './processes.ts';
import { invitationAdminRoutes } from './invitations.ts';
import { accountRoutes } from './accounts.ts';
import { groupRoutes } from './groups.ts';

/** `/api/admin`: the secretariat sets up processes and brings people in, changes their capacity and takes them out. */
export const adminRoutes = new Hono<AppEnv>()
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
  .route('/processes', processRoutes)
  .route('/invitations', invitationAdminRoutes)
  .route('/users', accountRoutes)
  .route('/groups', groupRoutes);
