import type { JSONContent } from '@tiptap/core';
import { doc, op, pp, sectionHeading, sub, title } from './build.ts';

export const COMPACT_TITLE = 'Global Compact for Safe, Orderly and Regular Migration';
export const ZERO_DRAFT_DATE = '2018-02-05';

/** The co-facilitators' zero draft of the compact, as circulated to Member States on 5 February 2018. */
export function compactZeroDraft(): JSONContent {
  return doc(
    title(`${COMPACT_TITLE} — Zero draft`),
    ...preamble(),
    ...visionAndPrinciples(),
    ...cooperativeFramework(),
    ...objectivesAndCommitments(),
    ...implementation(),
    ...followUpAndReview(),
  );
}

function preamble(): JSONContent[] {
  return [
    sectionHeading('Preamble'),
    pp(
      '*Recalling* the New York Declaration for Refugees and Migrants (A/RES/71/1), by which Member States decided to ' +
        'launch intergovernmental negotiations on a global compact on migration, to be adopted at an intergovernmental ' +
        'conference in 2018,',
    ),
    pp(
      '*Recalling also* General Assembly resolution 71/280 (A/RES/71/280), which set out the modalities of the preparatory process, ' +
        'the thematic sessions, the stocktaking meeting and the intergovernmental negotiations,',
    ),
    pp(
      '*Reaffirming* the 2030 Agenda for Sustainable Development (A/RES/70/1), and in particular target 10.7 of the ' +
        'Sustainable Development Goals on orderly, safe, regular and responsible migration and mobility of people, ' +
        'together with the other targets that concern migrants,',
    ),
    pp(
      '*Reaffirming also* the Universal Declaration of Human Rights and the core international human rights ' +
        'treaties, and the duty of every State to respect, protect and fulfil the human rights of all migrants, ' +
        'whatever their migration status,',
    ),
    pp(
      '*Recalling further* the Addis Ababa Action Agenda of the Third International Conference on Financing for ' +
        'Development, including the commitments made therein to lower the cost of remittances and of recruitment ' +
        'for migrant workers,',
    ),
    pp(
      '*Taking note* of the report of the Secretary-General on the follow-up and review of the 2030 Agenda at the ' +
        'global level (A/70/684), and of the importance it attaches to data disaggregated by migratory status,',
    ),
    pp(
      '*Noting with appreciation* the six thematic sessions held in New York, Geneva and Vienna between May and ' +
        'October 2017, the regional consultations, and the stocktaking meeting held in Puerto Vallarta, Mexico, ' +
        'from 4 to 6 December 2017,',
    ),
    pp(
      '*Acknowledging* the contributions of the Global Migration Group and its member entities, including the ' +
        'issue briefs prepared for each thematic session, and of migrants, civil society, the private sector and ' +
        'academia throughout the preparatory process,',
    ),
    pp(
      '*Recognizing* that the number of international migrants reached 244 million in 2015, some 41 per cent more ' +
        'than in 2000, and that migration which is well governed contributes to inclusive growth in countries of ' +
        'origin, transit and destination alike,',
    ),
    pp(
      '*Deeply concerned* at the loss of life and the disappearance of migrants along land and sea routes, and ' +
        'resolved to act together so that fewer families are left without news of their relatives,',
    ),
    pp(
      '*Mindful* that women account for a large share of migrant workers and are often employed in sectors where ' +
        'labour protection is weakest, and stressing the need for migration policies that respond to gender,',
    ),
  ];
}

function visionAndPrinciples(): JSONContent[] {
  return [
    sectionHeading('Our vision and guiding principles'),
    ...op(
      'We, the Member States of the United Nations, set out in this Global Compact a cooperative framework to make ' +
        'migration work for migrants and for the societies that send, host and receive them, building on the ' +
        'commitments made in the New York Declaration.',
    ),
    ...op(
      'This Global Compact is a non-legally binding instrument, rooted in State sovereignty, international ' +
        'cooperation and respect for human rights. Its effective implementation depends on concerted action at the ' +
        'national, regional and global levels.',
    ),
    ...op(
      'Member States should ensure that national migration policies and practices are consistent with their ' +
        'obligations under international human rights law, and that every migrant, regardless of migration status, ' +
        'enjoys effective access to justice, basic services and consular assistance, including through cooperation ' +
        'among countries of origin, transit and destination.',
    ),
    ...op('The implementation of this Global Compact is guided by the following cross-cutting principles:', [
      sub('People-centred: the well-being of migrants and of the members of their communities is at the heart of every commitment;'),
      sub('International cooperation: migration is transnational by nature and calls for partnership among States and with other actors;'),
      sub('Rule of law and due process: all State action concerning migrants observes the law and the procedural guarantees it provides;'),
      sub(
        'Gender-responsive and child-sensitive: policies address the specific experiences of women, girls and boys, and the best interests of the child are a primary consideration;',
      ),
      sub(
        'Whole-of-government and whole-of-society: migration policy is coherent across public administration and is shaped with those it affects.',
      ),
    ]),
    ...op(
      'We reaffirm the sovereign right of States to determine their national migration policy and to govern ' +
        'migration within their jurisdiction, in accordance with international law, including by distinguishing ' +
        'between regular and irregular migration status.',
    ),
  ];
}

function cooperativeFramework(): JSONContent[] {
  return [
    sectionHeading('Our cooperative framework'),
    ...op(
      'This framework is organized around objectives, each accompanied by commitments and by a selection of policy ' +
        'instruments and good practices from which Member States may draw, in keeping with national realities, ' +
        'capacities and priorities.',
    ),
    ...op(
      'We commit to ensure coherence across all branches of government whose work touches on migration, and to ' +
        'engage migrants, diasporas, local authorities, civil society, academia, the private sector, trade unions ' +
        'and national human rights institutions in the design and review of migration policy.',
    ),
  ];
}

function objectivesAndCommitments(): JSONContent[] {
  return [
    sectionHeading('Objectives and commitments'),
    ...op(
      'We commit to improve the collection, analysis and dissemination of reliable data on migration, in line with ' +
        'target 17.18 of the Sustainable Development Goals, including through:',
      [
        sub('harmonizing the concepts and methods used in population censuses, household surveys and administrative registers;'),
        sub(
          'supporting the Global Migration Data Analysis Centre of the International Organization for Migration and the joint work of United Nations entities on migration data;',
        ),
        sub('disaggregating data by sex, age, migration status and other characteristics relevant in national contexts.'),
      ],
    ),
    ...op(
      'We commit to tackle the factors that force people to leave their countries of origin, among them poverty, ' +
        'food insecurity, conflict, environmental degradation, natural disasters and the adverse effects of climate ' +
        'change, by investing in sustainable development, conflict prevention and resilience.',
    ),
    ...op(
      'Member States should make accurate and timely information available to migrants at every stage of their ' +
        'journey, in languages they understand, on their rights and obligations, on regular options for migration ' +
        'and on the risks of irregular travel.',
    ),
    ...op(
      'Member States should provide all their nationals with proof of legal identity and nationality, in line with ' +
        'target 16.9 of the Sustainable Development Goals, with due regard to the right to privacy and to the ' +
        'protection of personal data.',
    ),
    ...op(
      'We commit to widen and diversify the regular pathways open to migrants, in a manner that reflects ' +
        'demographic and labour market realities, including through:',
      [
        sub('bilateral and regional labour mobility agreements that include model employment contracts and social protection;'),
        sub('accessible procedures for family reunification;'),
        sub('humanitarian visas or temporary permission to stay for persons displaced across borders by sudden-onset natural disasters.'),
      ],
    ),
    ...op(
      'We commit to promote fair and ethical recruitment and decent work for migrant workers, in line with target ' +
        '8.8 of the Sustainable Development Goals, including by:',
      [
        sub('prohibiting recruiters and employers from charging recruitment fees or related costs to migrant workers;'),
        sub('preventing the confiscation of passports, work permits and other identity documents by employers;'),
        sub('strengthening labour inspection, with particular attention to:'),
        sub('domestic work and other sectors in which women migrant workers predominate;', 2),
        sub('agriculture, construction and other sectors with high levels of informal employment.', 2),
      ],
    ),
    ...op(
      'We commit to respond to the needs of migrants in situations of vulnerability, including women at risk, ' +
        'unaccompanied and separated children, survivors of violence and persons with disabilities, through ' +
        'protection and assistance that respond to gender and to the age of the person concerned.',
    ),
    ...op(
      'We commit to cooperate in saving lives and preventing the death and injury of migrants, including through ' +
        'search and rescue, the systematic recording of missing migrants, and the identification of the deceased ' +
        'with respect for the dignity of their families.',
    ),
    ...op(
      'We commit to strengthen the international response to the smuggling of migrants and to prevent and eradicate ' +
        'trafficking in persons, in line with targets 5.2, 8.7 and 16.2 of the Sustainable Development Goals, ' +
        'including by ratifying and implementing the Protocols supplementing the United Nations Convention against ' +
        'Transnational Organized Crime.',
    ),
    ...op(
      'Member States should manage their borders in a coordinated manner that is consistent with international law, ' +
        'and should resort to immigration detention only as a measure of last resort, for the shortest possible ' +
        'period, while developing alternatives to detention, in particular for children.',
    ),
    ...op(
      'We commit to cooperate in facilitating safe and dignified return and readmission, and reintegration that ' +
        'lasts, in full respect of the principle of non-refoulement and of the prohibition of collective expulsion.',
    ),
    ...op(
      'We commit to eliminate all forms of discrimination against migrants, to condemn racism, xenophobia and ' +
        'related intolerance wherever they occur, and to encourage public debate on migration that rests on evidence ' +
        'rather than on prejudice.',
    ),
    ...op(
      'We commit to make the transfer of remittances faster, safer and cheaper, working towards transaction costs ' +
        'below 3 per cent in line with target 10.c of the Sustainable Development Goals, and to extend financial ' +
        'services to migrants and their families.',
    ),
    ...op(
      'Member States should conclude bilateral and regional social security agreements that allow migrant workers ' +
        'to carry their earned benefits across borders, and should facilitate the mutual recognition of skills, ' +
        'qualifications and competences acquired abroad.',
    ),
  ];
}

function implementation(): JSONContent[] {
  return [
    sectionHeading('Implementation'),
    ...op(
      'We will implement this Global Compact at the national, regional and global levels, with due regard to the ' +
        'differing realities, capacities and levels of development of each Member State.',
    ),
    ...op(
      'We decide to establish, within existing United Nations structures, a mechanism to help Member States build ' +
        'capacity for implementation, comprising:',
      [
        sub(
          'a facility that matches requests for technical assistance with offers from States, United Nations entities and other stakeholders;',
        ),
        sub('a voluntary trust fund to finance the first phase of projects requested by Member States;'),
        sub('an online repository of practices, policies and data, open to all stakeholders.'),
      ],
    ),
    ...op(
      'We invite the Secretary-General to draw on the experience of the Global Migration Group, as it gives way to a ' +
        'United Nations network on migration, to ensure coherent support from the United Nations system, with the ' +
        'International Organization for Migration as coordinator.',
    ),
    ...op(
      'We encourage all Member States to prepare, as soon as practicable, national plans for the implementation of ' +
        'this Global Compact, and to review them periodically with the participation of all relevant stakeholders.',
    ),
  ];
}

function followUpAndReview(): JSONContent[] {
  return [
    sectionHeading('Follow-up and review'),
    ...op(
      'We decide to review progress in the implementation of this Global Compact at a State-led forum convened under ' +
        'the auspices of the General Assembly every four years, beginning in 2022, which will also allow Member ' +
        'States to exchange good practices and to consider new challenges.',
    ),
    ...op(
      'We invite regional economic communities and regional consultative processes on migration to take stock of ' +
        'implementation within their regions and to feed their findings into the global review.',
    ),
    ...op(
      'We request the Secretary-General to report to the General Assembly every two years on the implementation of ' +
        'this Global Compact and on the support provided by the United Nations system.',
    ),
  ];
}
