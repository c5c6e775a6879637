import type { JSONContent } from '@tiptap/core';
import { bp, briefSection, doc, title } from './build.ts';
import { issueBriefTexts, type IssueBriefText } from './issue-brief-texts.ts';

export interface IssueBrief {
  number: number;
  title: string;
  coLeads: string[];
  content: JSONContent;
}

interface ThematicSession {
  /** Written out as it would appear in the brief, e.g. "8 and 9 May 2017". */
  dates: string;
  place: string;
}

interface IssueBriefFacts {
  number: number;
  title: string;
  coLeads: string[];
  session: ThematicSession;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

const issueBriefFacts: IssueBriefFacts[] = [
  {
    number: 1,
    title:
      'Human rights of all migrants, social inclusion, cohesion and all forms of discrimination, including racism, ' +
      'xenophobia and intolerance',
    coLeads: ['OHCHR', 'WHO'],
    session: { dates: '8 and 9 May 2017', place: 'New York' },
  },
  {
    number: 2,
    title:
      'Addressing drivers of migration, including adverse effects of climate change, natural disasters and ' +
      'human-made crises, through protection and assistance, sustainable development, poverty eradication, ' +
      'conflict prevention and resolution',
    coLeads: ['FAO', 'UNDP', 'UNHCR'],
    session: { dates: '22 and 23 May 2017', place: 'New York' },
  },
  {
    number: 3,
    title:
      'International cooperation and governance of migration in all its dimensions, including at borders, on ' +
      'transit, entry, return, readmission, integration and reintegration',
    coLeads: ['IOM', 'UNITAR'],
    session: { dates: '19 and 20 June 2017', place: 'Geneva' },
  },
  {
    number: 4,
    title:
      'Contributions of migrants and diasporas to all dimensions of sustainable development, including remittances ' +
      'and portability of earned benefits',
    coLeads: ['UN DESA', 'World Bank'],
    session: { dates: '24 and 25 July 2017', place: 'New York' },
  },
  {
    number: 5,
    title:
      'Smuggling of migrants, trafficking in persons and contemporary forms of slavery, including appropriate ' +
      'identification, protection and assistance to migrants and trafficking victims',
    coLeads: ['UNODC'],
    session: { dates: '4 and 5 September 2017', place: 'Vienna' },
  },
  {
    number: 6,
    title:
      'Irregular migration and regular pathways, including decent work, labour mobility, recognition of skills and ' +
      'qualifications and other relevant measures',
    coLeads: ['ILO', 'UN-Women'],
    session: { dates: '12 and 13 October 2017', place: 'Geneva' },
  },
];

/** The six thematic issue briefs prepared by the Global Migration Group for the 2017 thematic sessions. */
export function issueBriefs(): IssueBrief[] {
  return issueBriefFacts.map((facts) => ({
    number: facts.number,
    title: facts.title,
    coLeads: [...facts.coLeads],
    content: briefDocument(facts, issueBriefTexts[facts.number]),
  }));
}

function briefDocument(facts: IssueBriefFacts, text: IssueBriefText | undefined): JSONContent {
  if (!text) throw new Error(`No text written for issue brief ${facts.number}`);
  return doc(
    title(`Issue brief ${facts.number}: ${facts.title}`),
    briefSection('context', 'Context'),
    bp(sessionParagraph(facts)),
    ...text.context.map(bp),
    briefSection('key-messages', 'Key messages'),
    ...text.keyMessages.map(bp),
    briefSection('recommendations', 'Policy options and recommendations'),
    ...text.recommendations.map(bp),
    briefSection('evidence', 'Evidence and data'),
    ...text.evidence.map(bp),
  );
}

function sessionParagraph({ number, coLeads, session }: IssueBriefFacts): string {
  const authors = coLeads.length === 1 ? `${coLeads[0]}, as lead agency,` : `${joinNames(coLeads)}, as co-leads,`;
  return (
    `This brief was prepared by ${authors} with inputs from other members of the Global Migration Group, to inform ` +
    `the ${ORDINALS[number - 1]} informal thematic session on the global compact for migration, held in ` +
    `${session.place} on ${session.dates} pursuant to General Assembly resolution 71/280.`
  );
}

function joinNames(names: string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
