/** The prose of each issue brief, by brief number; the session paragraph and headings are added by issueBriefs(). */
export interface IssueBriefText {
  context: string[];
  keyMessages: string[];
  recommendations: string[];
  evidence: string[];
}

export const issueBriefTexts: Record<number, IssueBriefText> = {
  1: {
    context: [
      'Every migrant holds the full range of human rights, whether or not he or she is in a regular situation. In ' +
        'practice, however, many migrants cannot reach health care, schooling, decent housing or the courts, and ' +
        'public hostility towards them has grown in several regions.',
      'The 2030 Agenda for Sustainable Development (A/RES/70/1) pledges to leave no one behind. That pledge cannot ' +
        'be honoured if the 244 million international migrants counted in 2015 remain outside the reach of public ' +
        'policy.',
    ],
    keyMessages: [
      'Protection of human rights is not conditional on migration status. Firewalls between public services and ' +
        'immigration enforcement allow migrants to seek care, report crimes and send their children to school ' +
        'without fear of arrest.',
      'Access to health is both a right and a public health necessity. Excluding migrants from primary care raises ' +
        'costs for health systems and undermines progress towards universal health coverage.',
      'Xenophobia feeds on misinformation. Societies that invest in inclusion, from language courses to recognition ' +
        'of diplomas, see lower levels of tension between migrants and the communities that receive them.',
    ],
    recommendations: [
      'States could review national legislation to remove barriers that prevent migrants in an irregular situation ' +
        'from reaching essential services, and establish clear separation between service providers and ' +
        'immigration authorities.',
      'Health ministries could include migrants in national health plans and in financing arrangements for ' +
        'universal health coverage, with attention to mental health and to the needs of women and children.',
      'Governments, local authorities and the media could work together to counter hate speech and to give a ' +
        'factual account of the contribution migrants make to their communities.',
    ],
    evidence: [
      'Few countries publish statistics on the access of migrants to services, which makes discrimination hard to ' +
        'measure. Target 17.18 calls for data disaggregated by migratory status; national surveys rarely ask the ' +
        'questions needed to produce them.',
      'Where health data do exist, they show that migrants tend to arrive in good health and that their health ' +
        'deteriorates when living and working conditions are poor, which argues for early and inclusive care.',
    ],
  },
  2: {
    context: [
      'People move for many reasons at once: lack of work, failed harvests, violence, persecution, sudden disasters ' +
        'and the slow erosion of livelihoods by a changing climate. Most such movement remains within countries or ' +
        'regions.',
      'Rural areas send a large share of migrants. Where agriculture offers no decent living, young people in ' +
        'particular look to towns and to other countries for a future.',
    ],
    keyMessages: [
      'Leaving home should be a decision people take freely, not one forced on them by lack of opportunity. Investment in rural development, social protection and ' +
        'decent jobs widens the options available to people in their home communities.',
      'The adverse effects of climate change and natural disasters already displace millions of people each year. ' +
        'The Sendai Framework for Disaster Risk Reduction and the Paris Agreement offer entry points for planning ' +
        'ahead of such movements.',
      'Those who flee conflict and persecution need protection and assistance, and host countries need sustained ' +
        'international support in providing it.',
    ],
    recommendations: [
      'Development strategies could address the factors that push people to leave, with a focus on agriculture, ' +
        'food security and youth employment in areas of high emigration.',
      'States could integrate human mobility into disaster risk reduction and climate adaptation plans, including ' +
        'through planned relocation where staying is no longer safe.',
      'Humanitarian and development actors could plan and finance together in protracted crises, so that ' +
        'displaced people and the communities hosting them can rebuild their livelihoods.',
    ],
    evidence: [
      'Data on movements linked to slow-onset environmental change are scarce and difficult to compare. Better ' +
        'disaggregation, as called for by target 17.18, would help distinguish the drivers of movement.',
      'Target 10.7 links well-managed migration policies to sustainable development; monitoring it alongside ' +
        'poverty and food security indicators would show how these drivers interact.',
    ],
  },
  3: {
    context: [
      'Migration involves at least two States and often many more. Borders, transit routes, entry, return and ' +
        'reintegration all call for cooperation among countries of origin, transit and destination.',
      'Governance of migration is spread across ministries, levels of government and regional processes, which ' +
        'makes coherence both more difficult and more important.',
    ],
    keyMessages: [
      'Border management that respects human rights and effective border control are not in conflict: both depend ' +
        'on trained officials, screening procedures and cooperation between neighbouring States.',
      'Return is sustainable only when it is safe and dignified and when returnees have the means to rebuild their ' +
        'lives. Reintegration support benefits returnees and their communities alike.',
      'Regional consultative processes and the Migrants in Countries in Crisis initiative show that non-binding ' +
        'cooperation can produce concrete and practical results.',
    ],
    recommendations: [
      'States could strengthen the capacity of border officials to identify and refer people in need of ' +
        'protection, including victims of trafficking and unaccompanied children.',
      'Countries of origin and destination could agree on readmission and reintegration arrangements that set ' +
        'clear procedures and share costs fairly.',
      'States could use training offered by United Nations entities, including UNITAR, to build expertise in ' +
        'migration policy across the relevant ministries.',
      'Every person should have proof of legal identity, in line with target 16.9, which eases regular travel, ' +
        'consular protection and return.',
    ],
    evidence: [
      'Indicator 10.7.2, developed by IOM and UN DESA, counts the countries that have put well-managed migration ' +
        'policies in place, assessed across six domains that range from migrant rights to international partnerships.',
      'Regular reporting on target 10.7, drawing on data disaggregated under target 17.18, would allow States to ' +
        'measure the results of cooperation over time.',
    ],
  },
  4: {
    context: [
      'Migrants contribute to the places they come from and to the places where they live: as workers, ' +
        'entrepreneurs, taxpayers, investors and bridges between societies.',
      'Remittances are private funds, sent by migrants to support their families. They reduce poverty, pay for ' +
        'schooling and health care, and help households withstand shocks.',
    ],
    keyMessages: [
      'The cost of sending money home remains high on many corridors. Target 10.c aims to bring average transaction ' +
        'costs below 3 per cent and to eliminate corridors that cost more than 5 per cent.',
      'Diasporas hold savings and skills that can be mobilized for investment, trade and knowledge transfer, ' +
        'provided that the choice of how to use private resources remains theirs.',
      'Migrant workers who cannot carry their pension and social security entitlements across borders lose part of ' +
        'what they have earned.',
    ],
    recommendations: [
      'Regulators could promote competition and transparency among money transfer operators, and encourage the use ' +
        'of mobile and digital channels that lower costs.',
      'Governments could offer financial education and access to bank accounts to migrants and to their families ' +
        'in countries of origin.',
      'States could negotiate social security agreements that guarantee the portability of earned benefits.',
      'Countries of origin could establish institutions for diaspora engagement and include migration in national ' +
        'development planning.',
    ],
    evidence: [
      'At the beginning of 2016 the global average cost of sending remittances stood at about 7.7 per cent, well ' +
        'above the target 10.c level. Cutting costs by five percentage points could leave migrants and their ' +
        'families some USD 20 billion more each year.',
      'The World Bank monitors remittance prices across corridors, and UN DESA publishes estimates of the number of ' +
        'international migrants by origin and destination, which together support monitoring of target 17.18.',
    ],
  },
  5: {
    context: [
      'Smugglers profit from the absence of safe and regular options, and the journeys they organize expose ' +
        'migrants to extortion, violence and death. Trafficking in persons, by contrast, is a crime against the ' +
        'person and may occur without any border being crossed.',
      'The United Nations Convention against Transnational Organized Crime and its Protocols on trafficking in ' +
        'persons and on the smuggling of migrants provide the international legal framework for the response.',
    ],
    keyMessages: [
      'Migrants should not be punished for having been smuggled, and victims of trafficking should not be ' +
        'prosecuted for offences they were compelled to commit.',
      'Early identification is the gateway to protection. Many victims of trafficking are never identified because ' +
        'officials lack the training or the procedures to recognize them.',
      'Women and girls face particular risks of sexual exploitation, and children on the move are exposed to abuse ' +
        'and forced labour, as reflected in targets 5.2, 8.7 and 16.2.',
    ],
    recommendations: [
      'States that have not yet done so could ratify and fully implement the Convention and its Protocols, and ' +
        'align national criminal law with them.',
      'Law enforcement agencies could follow the money, cooperating across borders to investigate and dismantle ' +
        'smuggling and trafficking networks.',
      'States could guarantee victims access to shelter, medical and psychological care, legal aid and a period of ' +
        'reflection, regardless of their willingness to testify.',
    ],
    evidence: [
      'UNODC collects data on detected victims and convicted offenders through its global reporting on trafficking ' +
        'in persons; figures on smuggling remain fragmentary.',
      'Data disaggregated by sex, age and form of exploitation, as target 17.18 requires, would help States monitor ' +
        'progress towards targets 5.2, 8.7 and 16.2.',
    ],
  },
  6: {
    context: [
      'Where regular channels do not match the demand for labour, people migrate irregularly and work informally, ' +
        'with little protection. Recruitment fees often leave migrant workers in debt before they start work.',
      'Women represent about 44 per cent of migrant workers worldwide and are concentrated in domestic work, care ' +
        'and other sectors where labour law is weakly enforced.',
    ],
    keyMessages: [
      'Regular pathways that reflect labour market needs reduce irregular migration and the profits of smugglers.',
      'Decent work for migrant workers protects all workers: target 8.8 calls for labour rights and safe working ' +
        'environments for all, including migrant workers, in particular women migrants.',
      'Skills that are not recognized are skills that are wasted. Recognition of qualifications benefits migrants, ' +
        'employers and the economies of destination countries.',
    ],
    recommendations: [
      'States could apply the ILO general principles and operational guidelines for fair recruitment and prohibit ' +
        'the charging of recruitment fees to workers.',
      'Bilateral labour agreements could set standard contracts, allow workers to change employer, and include ' +
        'measures that respond to the situation of women migrant workers.',
      'Governments could open regularization procedures for migrants who are already working in their territory, ' +
        'and establish mechanisms for recognizing skills acquired abroad.',
    ],
    evidence: [
      'ILO and the World Bank are developing the methodology for measuring the recruitment costs borne by workers, ' +
        'an indicator for target 10.7.',
      'Labour force surveys that record migration status would allow States to follow progress on targets 8.8 and ' +
        '8.7 and to report disaggregated data under target 17.18.',
    ],
  },
};
