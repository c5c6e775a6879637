import type { CosponsorStatus } from '../domain/index.ts';

interface Named {
  shortName: string;
}

/** What the attribution line needs to know of a proposal. */
export interface AttributedProposal {
  tabledBy: Named;
  cosponsors: readonly { stakeholder: Named; status: CosponsorStatus }[];
  supporters: readonly { stakeholder: Named }[];
  opposers: readonly { stakeholder: Named }[];
}

/** "Canada", "Canada and Norway", "Canada, Norway and Peru". */
export function listNames(stakeholders: readonly Named[]): string {
  const names = stakeholders.map((s) => s.shortName);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The compilation's attribution: "EU, co-sponsored by Canada, supported by Norway; opposed by G77 and China". */
export function attribution(proposal: AttributedProposal): string {
  const confirmed = proposal.cosponsors.filter((c) => c.status === 'confirmed').map((c) => c.stakeholder);
  let text = proposal.tabledBy.shortName;
  if (confirmed.length > 0) text += `, co-sponsored by ${listNames(confirmed)}`;
  if (proposal.supporters.length > 0) text += `, supported by ${listNames(proposal.supporters.map((p) => p.stakeholder))}`;
  if (proposal.opposers.length > 0) text += `; opposed by ${listNames(proposal.opposers.map((p) => p.stakeholder))}`;
  return text;
}
