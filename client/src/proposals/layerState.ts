import type { ProposalKind } from '@plenary/shared/domain/index';
import type { Proposal, StakeholderRef } from '../api/proposals.ts';
import type { DecisionDesk } from './decisionDesk.ts';

/** A proposal being written: kept by the layer so that switching tabs or a failed submit loses nothing. */
export interface ProposalDraft {
  pid: string;
  kind: ProposalKind;
  /** The paragraph's text when the form opened: what "unchanged" means. */
  originalText: string;
  text: string;
  justification: string;
  /** The stakeholder it is tabled for; empty means the delegate's own. */
  onBehalfOf: string;
  cosponsors: StakeholderRef[];
  /** Set when re-tabling an outdated proposal rather than tabling a new one. */
  retable?: { proposalId: string; label: string };
}

export interface ProposalFilters {
  /** Stakeholder ids whose tracked changes are hidden. */
  hidden: ReadonlySet<string>;
  clean: boolean;
}

/** Everything the panel shows and changes; owned by `useProposalLayer`. */
export interface ProposalLayerModel extends DecisionDesk {
  documentId: string;
  canTable: boolean;
  /** Agreed paragraphs: no proposal on them until a pen-holder reopens them. */
  agreedPids: ReadonlySet<string>;
  proposals: readonly Proposal[];
  loaded: boolean;
  error: string | null;
  reload: () => void;
  replace: (proposal: Proposal) => void;
  filters: ProposalFilters;
  setFilters: (filters: ProposalFilters) => void;
  activePid: string | null;
  setActivePid: (pid: string | null) => void;
  scope: 'paragraph' | 'all';
  setScope: (scope: 'paragraph' | 'all') => void;
  /** The proposal to bring into view in the panel; `at` distinguishes repeated requests. */
  focus: { id: string; at: number } | null;
  focusProposal: (id: string, pid?: string) => void;
  /** A one-off message for the panel ("That proposal is no longer available"). */
  notice: string | null;
  dismissNotice: () => void;
  draft: ProposalDraft | null;
  setDraft: (draft: ProposalDraft | null) => void;
  /** Opens the tabling form for a paragraph, prefilled with its current text. */
  propose: (pid: string) => void;
  /** Opens the form to re-table an outdated proposal against the current text. */
  retable: (proposal: Proposal) => void;
}

export function newDraft(pid: string, text: string): ProposalDraft {
  return { pid, kind: 'amend', originalText: text, text, justification: '', onBehalfOf: '', cosponsors: [] };
}

/** Whether closing the form would throw away something the delegate wrote. */
export function isDirty(draft: ProposalDraft): boolean {
  return draft.text !== draft.originalText || draft.justification.trim() !== '' || draft.cosponsors.length > 0;
}
