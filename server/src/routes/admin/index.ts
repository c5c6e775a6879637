import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { canManageProcess } from '@plenary/shared/permissions/index';
import type { CreatedUserResponse } from '@plenary/shared/api/index';
import { createUserInput } from '@plenary/shared/validation/index';
import type { AppEnv } from '../../http/env.ts';
import { requireUser } from '../../http/session.ts';
import { forbidden } from '../../errors.ts';
import { readJson } from '../../http/json-body.ts';
import { findParticipant } from '../../queries/document-access.ts';
import { createUser } from '../../commands/user-creator.ts';
import { audit } from '../../commands/audit.ts';

/** `/api/admin`: secretariat-only administration of the caller's process. */
export const adminRoutes = new Hono<AppEnv>().post('/users', async (c) => {
  const user = requireUser(c);
  const { db } = c.var.services;
  const admin = findParticipant(db, user);
  if (!admin || !canManageProcess(admin.actor)) throw forbidden('Only the secretariat manages accounts.');
  const input = await readJson(c, createUserInput);
  const created = await createUser(db, { ...input, id: randomUUID(), processId: admin.membership.processId });
  audit(db, {
    participant: admin,
    action: 'user.create',
    target: created.id,
    details: { email: input.email, role: input.role, stakeholderId: input.stakeholderId },
  });
  const response: CreatedUserResponse = {
    id: created.id,
    email: created.email,
    name: created.name,
    stakeholderId: input.stakeholderId,
    role: input.role,
  };
  return c.json(response, 201);
});
