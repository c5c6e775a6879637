import { describe, expect, it } from 'vitest';
import { AUDIT_PAGE_MAX, auditLogQuery } from './audit.ts';

const messageOf = (query: Record<string, string>) => {
  const parsed = auditLogQuery.safeParse(query);
  return parsed.success ? null : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
};

describe('auditLogQuery', () => {
  it('reads the filters and turns the cursor and the limit into numbers', () => {
    expect(
      auditLogQuery.parse({
        user: 'a1b2-c3',
        stakeholder: 'group-eu',
        action: 'proposal.position-withdraw',
        pid: 'k3x9',
        before: '42',
        limit: '10',
      }),
    ).toEqual({ user: 'a1b2-c3', stakeholder: 'group-eu', action: 'proposal.position-withdraw', pid: 'k3x9', before: 42, limit: 10 });
    expect(auditLogQuery.parse({})).toEqual({});
    expect(auditLogQuery.parse({ limit: String(AUDIT_PAGE_MAX) }).limit).toBe(AUDIT_PAGE_MAX);
  });

  it('refuses numbers that are not plain whole numbers of at least 1', () => {
    for (const value of ['0', '-1', '1.5', '5e1', ' 5', '0x10', 'ten', '', '1234567890123456']) {
      expect(messageOf({ before: value })).toMatch(/^before: before is a whole number/);
    }
    expect(messageOf({ limit: '0' })).toMatch(/^limit: limit is a whole number/);
    expect(messageOf({ limit: String(AUDIT_PAGE_MAX + 1) })).toBe(`limit: limit is at most ${AUDIT_PAGE_MAX}.`);
  });

  it('refuses ids and actions that could not be ids or actions, and unknown parameters', () => {
    expect(messageOf({ user: "x' OR 1=1" })).toMatch(/^user: user is an id/);
    expect(messageOf({ stakeholder: 'x'.repeat(101) })).toMatch(/^stakeholder: stakeholder is at most 100/);
    expect(messageOf({ pid: 'a/b' })).toMatch(/^pid: pid is an id/);
    expect(messageOf({ action: 'Proposal.Accept' })).toMatch(/^action: action is written like/);
    expect(messageOf({ action: 'proposal.' })).toMatch(/^action: action is written like/);
    expect(messageOf({ users: 'a' })).toMatch(/users/);
  });
});
