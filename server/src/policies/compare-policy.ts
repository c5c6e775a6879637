import { can } from '@plenary/shared/permissions/index';
import type { DocumentAccess } from './actors.ts';

/** Whoever may read a document may compare its texts: a revision shows nothing the document does not. */
export function canCompare(access: DocumentAccess): boolean {
  return can(access.participant.actor, 'read', access.target);
}
