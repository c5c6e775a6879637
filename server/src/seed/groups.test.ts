import { describe, expect, it } from 'vitest';
import reference from './reference-data.json' with { type: 'json' };
import { G77_MEMBER_CODES, G77_MEMBERS } from './groups.ts';

describe('G77 and China membership seed', () => {
  it('names only UN member states, each once', () => {
    const states = new Set(reference.memberStates.map((s) => s.iso3));
    expect(G77_MEMBER_CODES.filter((code) => !states.has(code))).toEqual([]);
    expect(new Set(G77_MEMBER_CODES).size).toBe(G77_MEMBER_CODES.length);
  });

  it('spans the three regions, includes China, and leaves out states that left the group', () => {
    expect(G77_MEMBERS.africa.length).toBeGreaterThanOrEqual(20);
    expect(G77_MEMBERS.asiaPacific.length).toBeGreaterThanOrEqual(20);
    expect(G77_MEMBERS.latinAmericaCaribbean.length).toBeGreaterThanOrEqual(20);
    expect(G77_MEMBER_CODES).toEqual(expect.arrayContaining(['CHN', 'BRA', 'IND', 'EGY', 'NGA', 'ZAF', 'KEN']));
    for (const former of ['MEX', 'KOR', 'CYP', 'MLT']) expect(G77_MEMBER_CODES).not.toContain(former);
    expect(G77_MEMBER_CODES.length).toBeLessThanOrEqual(134);
  });
});
