import { describe, expect, it } from 'vitest';
import type { DocumentAccess } from './actors.ts';
import { deadlineProblem, hasDeadlinePassed, silenceOutcome, silenceRights } from './silence-policy.ts';

const now = new Date('2026-12-01T09:00:00.000Z');
const hours = (h: number) => new Date(now.getTime() + h * 3600 * 1000);

describe('deadlineProblem', () => {
  it('accepts a deadline ahead, up to 30 days', () => {
    expect(deadlineProblem(hours(72), now)).toBeNull();
    expect(deadlineProblem(hours(30 * 24), now)).toBeNull();
  });

  it('refuses now, the past and beyond 30 days', () => {
    expect(deadlineProblem(now, now)).toMatch(/future/);
    expect(deadlineProblem(hours(-1), now)).toMatch(/future/);
    expect(deadlineProblem(hours(30 * 24 + 1), now)).toMatch(/30 days/);
  });
});

describe('hasDeadlinePassed', () => {
  it('is true from the deadline itself on', () => {
    const procedure = { deadline: hours(72).toISOString() };
    expect(hasDeadlinePassed(procedure, hours(71.99))).toBe(false);
    expect(hasDeadlinePassed(procedure, hours(72))).toBe(true);
    expect(hasDeadlinePassed({ deadline: '2026-12-04T04:00:00-05:00' }, hours(72))).toBe(true);
  });
});

describe('silenceOutcome', () => {
  it('adopts when nobody broke silence', () => {
    expect(silenceOutcome(0)).toBe('adopted');
    expect(silenceOutcome(1)).toBe('broken');
    expect(silenceOutcome(3)).toBe('broken');
  });
});

describe('silenceRights', () => {
  const access = (role: string, kind: string) =>
    ({
      participant: { membership: { role }, stakeholder: { id: 'x', kind }, actor: { role, stakeholderId: 'x' } },
      target: { kind: 'compact', leadStakeholderIds: [] },
    }) as unknown as DocumentAccess;
  const running = { adopted: false, current: { deadline: hours(72).toISOString() }, brokeAlready: false, hasRevision: true };

  it('lets delegates of member states and groups break a running silence once, before the deadline', () => {
    expect(silenceRights(access('delegate', 'member-state'), running, now).mayBreak).toBe(true);
    expect(silenceRights(access('delegate', 'group'), running, now).mayBreak).toBe(true);
    expect(silenceRights(access('delegate', 'group'), { ...running, brokeAlready: true }, now).mayBreak).toBe(false);
    expect(silenceRights(access('delegate', 'group'), running, hours(72)).mayBreak).toBe(false);
    expect(silenceRights(access('delegate', 'group'), { ...running, current: undefined }, now).mayBreak).toBe(false);
  });

  it('refuses breaking to pen-holders, the secretariat, agencies and observers', () => {
    for (const [role, kind] of [
      ['cofacilitator', 'member-state'],
      ['secretariat', 'secretariat'],
      ['agency-lead', 'agency'],
      ['observer', 'observer'],
      ['delegate', 'agency'],
    ]) {
      expect(silenceRights(access(role!, kind!), running, now).mayBreak).toBe(false);
    }
  });

  it('lets pen-holders start only with a revision, no procedure running and the text not final', () => {
    const idle = { ...running, current: undefined };
    expect(silenceRights(access('cofacilitator', 'member-state'), idle, now).mayStart).toBe(true);
    expect(silenceRights(access('cofacilitator', 'member-state'), running, now).mayStart).toBe(false);
    expect(silenceRights(access('cofacilitator', 'member-state'), { ...idle, hasRevision: false }, now).mayStart).toBe(false);
    expect(silenceRights(access('cofacilitator', 'member-state'), { ...idle, adopted: true }, now).mayStart).toBe(false);
    expect(silenceRights(access('delegate', 'member-state'), idle, now).mayStart).toBe(false);
  });

  it('lets delegations record positions once the text is adopted', () => {
    const adopted = { ...running, current: undefined, adopted: true };
    expect(silenceRights(access('delegate', 'member-state'), adopted, now).mayRecordPosition).toBe(true);
    expect(silenceRights(access('delegate', 'member-state'), running, now).mayRecordPosition).toBe(false);
    expect(silenceRights(access('observer', 'observer'), adopted, now).mayRecordPosition).toBe(false);
  });
});
