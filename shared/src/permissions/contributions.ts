import type { Role } from '../domain/index.ts';

/**
 * Who reads the process-wide picture of which agency contributed to which brief: the secretariat that runs the
 * process, the co-facilitators who lean on the briefs, and the agencies themselves. Delegations and observers
 * read a published brief's own contributions, never the picture across briefs still being written.
 */
const MATRIX_READERS: readonly Role[] = ['secretariat', 'cofacilitator', 'agency-lead', 'agency-contributor'];

export function canReadContributionMatrix(actor: { role: Role }): boolean {
  return MATRIX_READERS.includes(actor.role);
}
