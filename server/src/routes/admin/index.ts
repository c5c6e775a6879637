import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { canManageProcess } from '@plenary/shared/permissions/index';
import { createUserInput } from '@plenary/shared/validation/index';
import { stakeholders, users } from '../../db/schema.ts';
import type { AppEnv } from '../../http/env.ts';
import { requireUser } from '../../http/session.ts';
import { badRequest, conflict, forbidden } from '../../errors.ts';
import { readJson } from '../../http/json-body.ts';
import { findParticipant } from '../../queries/document-access.ts';
import { createUser } from '../../commands/user-creator.ts';
import { audit } from '../../commands/audit.ts';

/** Secretariat-only administration of the caller's process. */
export const adminRoutes = new Hono<AppEnv>()
  .get('/stakeholders', (c) => {
    requireUser(c);
    const rows = c.var.services.db.select().from(stakeholders).orderBy(stakeholders.name).all();
    return c.json(rows.map((s) => ({ id: s.id, kind: s.kind, name: s.name, shortName: s.shortName })));
  })
  .post('/users', async (c) => {
    const user = requireUser(c);
    const { db } = c.var.services;
    const admin = findParticipant(db, user);
    if (!admin || !canManageProcess(admin.actor)) throw forbidden('Only the secretariat manages accounts.');
    const input = await readJson(c, createUserInput);
    if (!db.select().from(stakeholders).where(eq(stakeholders.id, input.stakeholderId)).get()) {
      throw badRequest(`Unknown stakeholder "${input.stakeholderId}".`);
    }
    if (db.select().from(users).where(eq(users.email, input.email)).get()) {
      throw conflict(`An account for ${input.email} already exists.`);
    }
    const created = await createUser(db, { ...input, id: randomUUID(), processId: admin.membership.processId });
    audit(db, { participant: admin, action: 'user.create', target: created.id, details: { email: input.email, role: input.role, stakeholderId: input.stakeholderId } });
    return c.json({ id: created.id, email: created.email, name: created.name, stakeholderId: input.stakeholderId, role: input.role }, 201);
  });
