import type { ExportDocument, ExportProposal } from '../export-document.ts';
import { exportDate } from '../export-document.ts';
import { stakeholderEid } from './akn-ids.ts';
import { element, textElement } from './xml.ts';

/** The namespace of the pending proposals carried in `meta/proprietary`: not part of Akoma Ntoso, read by whoever knows it. */
export const PROPOSALS_NAMESPACE = 'urn:plenary:proposals:1.0';

const SOURCE = '#plenary';

/** The work, expression and manifestation URIs of a document (AKN4UN: country `un`). */
export function frbrUris(document: ExportDocument) {
  const year = document.createdOn.slice(0, 4);
  const work =
    document.kind === 'compact'
      ? `/akn/un/statement/resolution/unga/${year}/${document.id}`
      : `/akn/un/doc/issueBrief/gmg/${year}/${document.id}`;
  const expression = `${work}/eng@${document.revision?.issuedOn ?? ''}`;
  return { work, expression, manifestation: `${expression}/!main.xml` };
}

/** `meta`: identification (the revision in FRBRExpression), the stakeholders in references, the pending proposals. */
export function aknMeta(document: ExportDocument, withProposals: boolean): string {
  const uris = frbrUris(document);
  const author = document.kind === 'compact' ? '#unga' : '#gmg';
  const revision = document.revision;
  const identification = element(
    'identification',
    { source: SOURCE },
    element(
      'FRBRWork',
      {},
      element('FRBRthis', { value: `${uris.work}/!main` }),
      element('FRBRuri', { value: uris.work }),
      element('FRBRdate', { date: document.createdOn, name: 'created' }),
      element('FRBRauthor', { href: author }),
      element('FRBRcountry', { value: 'un' }),
      element('FRBRname', { value: document.title }),
    ),
    element(
      'FRBRExpression',
      {},
      element('FRBRthis', { value: `${uris.expression}/!main` }),
      element('FRBRuri', { value: uris.expression }),
      element('FRBRdate', { date: exportDate(document), name: revision?.name ?? 'live text, no revision issued yet' }),
      element('FRBRauthor', { href: author }),
      revision ? element('FRBRversionNumber', { value: revision.name }) : '',
      element('FRBRlanguage', { language: 'eng' }),
    ),
    element(
      'FRBRManifestation',
      {},
      element('FRBRthis', { value: uris.manifestation }),
      element('FRBRuri', { value: uris.manifestation }),
      element('FRBRdate', { date: document.exportedAt.slice(0, 10), name: 'exported' }),
      element('FRBRauthor', { href: SOURCE }),
    ),
  );
  const organisation = (eId: string, href: string, showAs: string) => element('TLCOrganization', { eId, href, showAs });
  const references = element(
    'references',
    { source: SOURCE },
    organisation('plenary', '/akn/ontology/organizations/plenary', 'Plenary'),
    document.kind === 'compact'
      ? organisation('unga', '/akn/ontology/organizations/un/generalAssembly', 'General Assembly')
      : organisation('gmg', '/akn/ontology/organizations/un/globalMigrationGroup', 'Global Migration Group'),
    ...document.stakeholders.map((s) => organisation(stakeholderEid(s.id), `/akn/ontology/organizations/un/${s.id}`, s.name)),
  );
  const proposals = withProposals ? proprietary(document) : '';
  return element('meta', {}, identification, references, proposals);
}

/**
 * The pending proposals as amendment metadata: each names the paragraph it is on by eId and wId (its pid), the
 * stakeholders by their references, and carries its base text, wording and justification.
 */
function proprietary(document: ExportDocument): string {
  const entries = [...document.blocks.flatMap((b) => b.proposals), ...document.orphans];
  if (entries.length === 0) return '';
  return element(
    'proprietary',
    { source: SOURCE },
    element('pl:proposals', { 'xmlns:pl': PROPOSALS_NAMESPACE }, ...entries.map(proposalElement)),
  );
}

function proposalElement({ proposal, outdated }: ExportProposal): string {
  const ref = (id: string) => `#${stakeholderEid(id)}`;
  return element(
    'pl:proposal',
    {
      id: proposal.id,
      kind: proposal.kind,
      status: proposal.status,
      label: proposal.paragraphLabel,
      targetWid: proposal.pid,
      tabledBy: ref(proposal.tabledBy.id),
      tabledAt: proposal.createdAt,
      outdated,
    },
    ...proposal.cosponsors.map((c) => element('pl:cosponsor', { by: ref(c.stakeholder.id), status: c.status })),
    ...proposal.supporters.map((s) => element('pl:support', { by: ref(s.stakeholder.id) })),
    ...proposal.opposers.map((s) => element('pl:oppose', { by: ref(s.stakeholder.id) })),
    textElement('pl:baseText', {}, proposal.baseText),
    proposal.text === null ? '' : textElement('pl:text', {}, proposal.text),
    proposal.justification ? textElement('pl:justification', {}, proposal.justification) : '',
  );
}
