import { Hono, type Context } from 'hono';
import type { GroupMembersResponse } from '@plenary/shared/api/index';
import { groupMembersInput } from '@plenary/shared/validation/index';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/json-body.ts';
import { badRequest, forbidden, notFound } from '../../errors.ts';
import { setGroupMembers } from '../../commands/group-member-setter.ts';
import { readGroup } from '../../queries/group-reader.ts';
import { listStakeholders } from '../../queries/stakeholder-lister.ts';
import { processesReachedByGroup, secretariatProcessesOf } from '../../queries/account-reach.ts';
import { mayChangeGroup } from '../../policies/onboarding-policy.ts';
import { presentStakeholderRef } from '../../presenters/stakeholder.ts';
import { requireSecretariat } from './admin-access.ts';

/** `/api/admin/groups`: which member states a group speaks for. */
export const groupRoutes = new Hono<AppEnv>()
  .get('/:id/members', (c) => {
    requireSecretariat(c);
    return c.json(groupResponse(c, c.req.param('id')));
  })
  .put('/:id/members', async (c) => {
    const { memberIds } = await readJson(c, groupMembersInput);
    const admin = requireSecretariat(c);
    const { db } = c.var.services;
    const group = readGroup(db, c.req.param('id'));
    if (!group) throw notFound('Group');
    const unique = [...new Set(memberIds)];
    if (!mayChangeGroup(secretariatProcessesOf(db, admin.user.id), processesReachedByGroup(db, group.group.id, unique))) {
      throw forbidden(`${group.group.name} speaks for people in processes you do not run: their secretariats must make this change.`);
    }
    const known = new Map(listStakeholders(db).map((s) => [s.id, s]));
    for (const id of unique) {
      const member = known.get(id);
      if (!member) throw badRequest(`Unknown stakeholder "${id}".`);
      if (member.kind !== 'member-state') throw badRequest(`${member.name} is not a member state: a group's members are member states.`);
    }
    setGroupMembers(db, admin, group.group.id, unique);
    return c.json(groupResponse(c, group.group.id));
  });

function groupResponse(c: Context<AppEnv>, groupId: string): GroupMembersResponse {
  const group = readGroup(c.var.services.db, groupId);
  if (!group) throw notFound('Group');
  return { group: presentStakeholderRef(group.group), members: group.members.map(presentStakeholderRef) };
}
