import { describe, expect, it } from 'vitest';
import { mentionRank } from './mention-candidates.ts';

const eu = { shortName: 'EU', name: 'European Union', iso3: null };
const germany = { shortName: 'Germany', name: 'Germany', iso3: 'DEU' };
const france = { shortName: 'France', name: 'France', iso3: 'FRA' };
const g77 = { shortName: 'G77', name: 'Group of 77 and China', iso3: null };

describe('mentionRank', () => {
  it('ranks an exact short name, name or country code first', () => {
    expect(mentionRank(eu, 'eu')).toBe(0);
    expect(mentionRank(france, 'fra')).toBe(0);
    expect(mentionRank(france, 'france')).toBe(0);
  });

  it('ranks a prefix, then a word prefix, then a match inside a name', () => {
    expect(mentionRank(eu, 'euro')).toBe(1);
    expect(mentionRank(germany, 'de')).toBe(1);
    expect(mentionRank(g77, 'chi')).toBe(2);
    expect(mentionRank(germany, 'rman')).toBe(3);
  });

  it('never matches a country code from its middle: @EU is not Germany (DEU)', () => {
    expect(mentionRank(germany, 'eu')).toBe(-1);
    expect(mentionRank(france, 'ra')).toBe(3);
    expect(mentionRank({ ...france, name: 'Frnce', shortName: 'Frnce' }, 'ra')).toBe(-1);
  });
});
