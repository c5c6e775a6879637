import { ROLE_LABELS, type Role } from '@plenary/shared/permissions/index';
import type { AttributionRun } from '../api/attribution.ts';
import { stakeholderColor } from '../lib/stakeholderColor.ts';

/** One writer of a paragraph as the legend lists it: a stakeholder, and the people through whom it wrote. */
export interface Writer {
  key: string;
  stakeholderId: string | null;
  /** "European Union"; for text older than the history, a plain description. */
  stakeholder: string;
  /** "Claire Dubois, tabled; accepted by Ana Morales" or "Ana Morales (co-facilitator)". */
  people: string;
  /** The latest time any of this writer's words still in the text was written. */
  latestAt: string | null;
  /** The colour the stakeholder has everywhere else (carets, tracked changes); null for unknown writers. */
  color: string | null;
}

/** Runs of the same writer belong together: one proposal, one technical input, or one person typing for one stakeholder. */
export function writerKey(run: AttributionRun): string {
  if (run.inputId) return `input:${run.inputId}`;
  if (run.proposalId) return `proposal:${run.proposalId}`;
  if (run.userId || run.stakeholderId) return `writer:${run.userId ?? ''}:${run.stakeholderId ?? ''}`;
  return 'unknown';
}

/** The writers of a paragraph in the order their first words appear. `shortNames` maps stakeholder ids to "EU", "Mexico". */
export function writersOf(runs: readonly AttributionRun[], shortNames: ReadonlyMap<string, string>): Writer[] {
  const writers = new Map<string, Writer>();
  for (const run of runs) {
    const key = writerKey(run);
    const known = writers.get(key);
    if (known) {
      if (run.at && (!known.latestAt || run.at > known.latestAt)) known.latestAt = run.at;
      continue;
    }
    writers.set(key, {
      key,
      stakeholderId: run.stakeholderId,
      stakeholder: run.stakeholder ?? run.stakeholderId ?? 'Written before history was kept',
      people: peopleOf(run),
      latestAt: run.at,
      color: run.stakeholderId ? stakeholderColor(shortNames.get(run.stakeholderId) ?? run.stakeholderId) : null,
    });
  }
  return [...writers.values()];
}

function peopleOf(run: AttributionRun): string {
  // Words an input brought in are the contributing agency's, named as the brief names them.
  if (run.inputId && run.inputLabel) return run.userName ? `${run.inputLabel} (${run.userName})` : run.inputLabel;
  if (!run.userName) return run.stakeholderId ? '' : 'no record of who wrote it';
  if (run.proposalId) return `${run.userName}, tabled${run.acceptedBy ? `; accepted by ${run.acceptedBy.userName}` : ''}`;
  return run.role ? `${run.userName} (${ROLE_LABELS[run.role as Role] ?? run.role})` : run.userName;
}
