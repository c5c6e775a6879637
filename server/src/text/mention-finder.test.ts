import { describe, expect, it } from 'vitest';
import { addedMentions, findMentions } from './mention-finder.ts';

const stakeholders = [
  { id: 'group-g77', name: 'Group of 77 and China', shortName: 'G77 and China' },
  { id: 'G77-typo', name: 'G77', shortName: 'G77' },
  { id: 'group-eu', name: 'European Union', shortName: 'EU' },
  { id: 'CAN', name: 'Canada', shortName: 'Canada' },
  { id: 'agency-iom', name: 'International Organization for Migration', shortName: 'IOM' },
  {
    id: 'GBR',
    name: 'United Kingdom of Great Britain and Northern Ireland',
    shortName: 'United Kingdom of Great Britain and Northern Ireland',
  },
];

describe('findMentions', () => {
  it('finds inline short names at word boundaries', () => {
    expect(findMentions('Could @EU and @IOM look at this?', stakeholders)).toEqual(['group-eu', 'agency-iom']);
  });

  it('prefers the longest name that follows the @', () => {
    expect(findMentions('@G77 and China, your view?', stakeholders)).toEqual(['group-g77']);
    expect(findMentions('@G77, your view?', stakeholders)).toEqual(['G77-typo']);
  });

  it('reads bracketed full or short names, whatever the case', () => {
    expect(findMentions('Over to @[european union] and @[Canada].', stakeholders)).toEqual(['group-eu', 'CAN']);
    expect(findMentions('@[United Kingdom of Great Britain and Northern Ireland] agrees', stakeholders)).toEqual(['GBR']);
  });

  it('ignores e-mail addresses, unknown names and names running into other words', () => {
    expect(findMentions('write to desk@eu.example or @Narnia', stakeholders)).toEqual([]);
    expect(findMentions('@EUROPE is not the EU', stakeholders)).toEqual([]);
    expect(findMentions('@[Nowhere] and @', stakeholders)).toEqual([]);
  });

  it('reports each stakeholder once', () => {
    expect(findMentions('@EU @EU @[EU]', stakeholders)).toEqual(['group-eu']);
  });
});

describe('addedMentions', () => {
  it('returns only the mentions an edit introduces', () => {
    expect(addedMentions('@EU please', '@EU and @Canada please', stakeholders)).toEqual(['CAN']);
    expect(addedMentions('@EU please', 'EU please', stakeholders)).toEqual([]);
  });
});
