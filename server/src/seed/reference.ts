import type { Db } from '../db/client.ts';
import { groupMembers, stakeholders } from '../db/schema.ts';
import reference from './reference-data.json' with { type: 'json' };
import { seedGroupMemberships } from './groups.ts';
import { stakeholderIds } from './stakeholder-ids.ts';

export { stakeholderIds };

type StakeholderRow = typeof stakeholders.$inferInsert;

const GROUP_SHORT_NAMES: Record<string, string> = { G77: 'G77 and China', EU: 'EU', AG: 'African Group' };

function referenceStakeholders(): StakeholderRow[] {
  const states = reference.memberStates.map((s) => ({
    id: stakeholderIds.state(s.iso3),
    kind: 'member-state' as const,
    name: s.name,
    shortName: s.name,
    iso2: s.iso2,
    iso3: s.iso3,
  }));
  const groups = reference.groups.map((g) => ({
    id: stakeholderIds.group(g.short),
    kind: 'group' as const,
    name: g.name,
    shortName: GROUP_SHORT_NAMES[g.short] ?? g.short,
  }));
  const agencies = reference.gmgMembers.map((a) => ({
    id: stakeholderIds.agency(a.acronym),
    kind: 'agency' as const,
    name: a.name,
    shortName: a.acronym,
  }));
  return [
    ...states,
    ...groups,
    ...agencies,
    { id: stakeholderIds.secretariat, kind: 'secretariat', name: 'Secretariat of the intergovernmental process', shortName: 'Secretariat' },
    { id: stakeholderIds.observer, kind: 'observer', name: 'Civil society observers', shortName: 'Civil society' },
  ];
}

/** Stakeholders and group memberships every installation has (UN member states, groups, GMG agencies). */
export function seedReferenceData(db: Db): void {
  db.transaction((tx) => {
    for (const row of referenceStakeholders()) tx.insert(stakeholders).values(row).onConflictDoNothing().run();
    for (const group of reference.groups) {
      for (const iso3 of 'members' in group ? (group.members ?? []) : []) {
        tx.insert(groupMembers)
          .values({ groupId: stakeholderIds.group(group.short), memberId: stakeholderIds.state(iso3) })
          .onConflictDoNothing()
          .run();
      }
    }
  });
  seedGroupMemberships(db);
}
