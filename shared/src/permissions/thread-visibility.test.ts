import { describe, expect, it } from 'vitest';
import { ROLES, THREAD_VISIBILITIES } from '../domain/index.ts';
import { canReadThread, chooseThreadGroup, type ThreadAudience, type ThreadReader } from './thread-visibility.ts';

const author = { userId: 'u-author', role: 'delegate' as const, stakeholderId: 'FRA', groupIds: ['group-eu'] };

function thread(visibility: ThreadAudience['visibility']): ThreadAudience {
  const audience = visibility === 'group' ? 'group-eu' : visibility === 'delegation' ? 'FRA' : null;
  return { visibility, authorUserId: author.userId, authorStakeholderId: 'FRA', audienceStakeholderId: audience };
}

/** Every kind of reader relative to the author above, in every role. */
const relations = {
  'same delegation': { userId: 'u-fra-2', stakeholderId: 'FRA', groupIds: ['group-eu'] },
  'the group itself': { userId: 'u-eu', stakeholderId: 'group-eu', groupIds: [] },
  'another member of the group': { userId: 'u-deu', stakeholderId: 'DEU', groupIds: ['group-eu'] },
  outsider: { userId: 'u-can', stakeholderId: 'CAN', groupIds: [] },
  'member of another group': { userId: 'u-bra', stakeholderId: 'BRA', groupIds: ['group-g77'] },
} satisfies Record<string, Omit<ThreadReader, 'role'>>;

function expected(visibility: ThreadAudience['visibility'], relation: string, role: ThreadReader['role']): boolean {
  switch (visibility) {
    case 'all':
      return true;
    case 'delegation':
      return relation === 'same delegation';
    case 'group':
      return ['same delegation', 'the group itself', 'another member of the group'].includes(relation);
    case 'cofacilitators':
      return role === 'cofacilitator';
  }
}

describe('canReadThread', () => {
  for (const visibility of THREAD_VISIBILITIES) {
    it(`decides the '${visibility}' layer for every relation and role`, () => {
      for (const [relation, reader] of Object.entries(relations)) {
        for (const role of ROLES) {
          const verdict = canReadThread({ ...reader, role }, thread(visibility));
          expect({ relation, role, verdict }).toEqual({ relation, role, verdict: expected(visibility, relation, role) });
        }
      }
    });

    it(`always lets the author read a '${visibility}' thread`, () => {
      expect(canReadThread(author, thread(visibility))).toBe(true);
    });
  }

  it('does not let the secretariat into the co-facilitators layer', () => {
    const secretariat = { userId: 's', role: 'secretariat' as const, stakeholderId: 'secretariat', groupIds: [] };
    expect(canReadThread(secretariat, thread('cofacilitators'))).toBe(false);
  });

  it('refuses a group thread without a group', () => {
    const reader = { ...relations['the group itself'], role: 'delegate' as const };
    expect(canReadThread(reader, { ...thread('group'), audienceStakeholderId: null })).toBe(false);
  });
});

describe('chooseThreadGroup', () => {
  it("defaults to the author's own group stakeholder", () => {
    expect(chooseThreadGroup({ stakeholderId: 'group-eu', stakeholderIsGroup: true, groupIds: [] })).toEqual({ group: 'group-eu' });
  });

  it('defaults to the single group a member state belongs to', () => {
    expect(chooseThreadGroup({ stakeholderId: 'FRA', stakeholderIsGroup: false, groupIds: ['group-eu'] })).toEqual({ group: 'group-eu' });
  });

  it('refuses to guess between several groups, and accepts an explicit one', () => {
    const egypt = { stakeholderId: 'EGY', stakeholderIsGroup: false, groupIds: ['group-g77', 'group-ag'] };
    expect(chooseThreadGroup(egypt).error).toBe('ambiguous');
    expect(chooseThreadGroup(egypt, 'group-ag')).toEqual({ group: 'group-ag' });
  });

  it('refuses a group the author is not in, and authors without a group', () => {
    expect(chooseThreadGroup({ stakeholderId: 'FRA', stakeholderIsGroup: false, groupIds: ['group-eu'] }, 'group-g77').error).toBe(
      'not-a-member',
    );
    expect(chooseThreadGroup({ stakeholderId: 'CAN', stakeholderIsGroup: false, groupIds: [] }).error).toBe('no-group');
    expect(chooseThreadGroup({ stakeholderId: 'CAN', stakeholderIsGroup: false, groupIds: [] }, 'CAN').error).toBe('not-a-member');
  });
});
