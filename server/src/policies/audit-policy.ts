import { can } from '@plenary/shared/permissions/index';
import type { DocumentAccess } from './actors.ts';

/** The pen-holders of a document and the secretariat read its audit log. */
export function mayReadAudit(access: Pick<DocumentAccess, 'participant' | 'target'>): boolean {
  return can(access.participant.actor, 'read-audit', access.target);
}
