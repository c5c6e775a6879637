import { describe, expect, it } from 'vitest';
import { deadlineProblem, hasDeadlinePassed, silenceOutcome } from './silence-policy.ts';

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
