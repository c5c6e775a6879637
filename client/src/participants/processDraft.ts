import type { NewProcess } from '../api/admin.ts';
import type { StakeholderOption } from '../api/proposals.ts';
import type { FieldErrors } from '../inputs/fieldErrors.ts';
import { findStakeholder } from './capacity.ts';

export const LEAD_KINDS = ['agency'] as const;
export const COFACILITATOR_KINDS = ['member-state', 'cofacilitator-office'] as const;
export const MAX_LEADS = 4;
export const MAX_BRIEFS = 20;
export const MAX_COFACILITATORS = 4;

export interface BriefDraft {
  key: number;
  title: string;
  /** The lead agencies as typed. */
  leads: string[];
}

export interface CofacilitatorDraft {
  key: number;
  email: string;
  name: string;
  stakeholder: string;
}

/** The new-process form as typed: stakeholders are names until sent. */
export interface ProcessDraft {
  title: string;
  shortTitle: string;
  symbolPrefix: string;
  languages: string[];
  timeZone: string;
  compactTitle: string;
  briefs: BriefDraft[];
  cofacilitators: CofacilitatorDraft[];
}

let nextKey = 1;
export const newKey = () => nextKey++;

export const emptyBrief = (): BriefDraft => ({ key: newKey(), title: '', leads: [''] });
export const emptyCofacilitator = (): CofacilitatorDraft => ({ key: newKey(), email: '', name: '', stakeholder: '' });

export function emptyProcess(timeZone: string): ProcessDraft {
  return { title: '', shortTitle: '', symbolPrefix: '', languages: ['en'], timeZone, compactTitle: '', briefs: [], cofacilitators: [] };
}

/** The request the draft makes; a stakeholder that names nobody is sent as typed, and `namingProblems` reports it. */
export function requestOf(draft: ProcessDraft, stakeholders: readonly StakeholderOption[]): NewProcess {
  const idOf = (text: string, kinds: readonly StakeholderOption['kind'][]) => findStakeholder(text, stakeholders, kinds)?.id ?? text.trim();
  return {
    title: draft.title,
    shortTitle: draft.shortTitle,
    symbolPrefix: draft.symbolPrefix,
    languages: draft.languages,
    timeZone: draft.timeZone,
    ...(draft.compactTitle.trim() ? { compactTitle: draft.compactTitle } : {}),
    briefs: draft.briefs.map((brief) => ({
      title: brief.title,
      leadStakeholderIds: brief.leads.filter((lead) => lead.trim()).map((lead) => idOf(lead, LEAD_KINDS)),
    })),
    cofacilitators: draft.cofacilitators.map((person) => ({
      email: person.email,
      name: person.name,
      stakeholderId: idOf(person.stakeholder, COFACILITATOR_KINDS),
    })),
  };
}

/**
 * What the server would refuse only after making the process, by field path: stakeholders typed that name no agency
 * (for a brief) or no state or office (for a co-facilitator), a co-facilitator listed twice or the secretariat itself.
 */
export function namingProblems(draft: ProcessDraft, stakeholders: readonly StakeholderOption[], ownEmail: string): FieldErrors {
  const problems = new Map<string, string>();
  draft.briefs.forEach((brief, i) => {
    brief.leads.forEach((lead, j) => {
      if (lead.trim() && !findStakeholder(lead, stakeholders, LEAD_KINDS)) {
        problems.set(`briefs.${i}.leadStakeholderIds.${j}`, `No agency is called “${lead.trim()}”.`);
      }
    });
  });
  // The server creates the process before it invites: a refused co-facilitator would leave the process made but unreported.
  const emails = draft.cofacilitators.map((person) => person.email.trim().toLowerCase());
  draft.cofacilitators.forEach((person, i) => {
    const email = emails[i]!;
    if (email && email === ownEmail.toLowerCase())
      problems.set(`cofacilitators.${i}.email`, 'This is your own address: you take part as the secretariat.');
    else if (email && emails.indexOf(email) !== i) problems.set(`cofacilitators.${i}.email`, `${email} is listed twice.`);
    if (!person.stakeholder.trim())
      problems.set(`cofacilitators.${i}.stakeholderId`, 'Choose the state or office the co-facilitator speaks for.');
    else if (!findStakeholder(person.stakeholder, stakeholders, COFACILITATOR_KINDS)) {
      problems.set(
        `cofacilitators.${i}.stakeholderId`,
        `No member state or co-facilitators’ office is called “${person.stakeholder.trim()}”.`,
      );
    }
  });
  return problems;
}
