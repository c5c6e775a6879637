import { Hono } from 'hono';
import type { CreatedProcessResponse } from '@plenary/shared/api/index';
import { createProcessInput } from '@plenary/shared/validation/index';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/json-body.ts';
import { createProcess } from '../../commands/process-creator.ts';
import { issueInvitations } from '../../commands/invitation-issuer.ts';
import { presentProcess } from '../../presenters/process.ts';
import { requireSecretariat } from './admin-access.ts';
import { deliverInvitations } from './invitation-delivery.ts';

/** `/api/admin/processes`: the secretariat opens a negotiation. */
export const processRoutes = new Hono<AppEnv>().post('/', async (c) => {
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
});
