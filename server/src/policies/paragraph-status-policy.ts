import { can } from '@plenary/shared/permissions/index';
import type { DocumentAccess } from './actors.ts';

/** Only the holders of the pen move a paragraph between open, bracketed and agreed. */
export function maySetParagraphStatus(access: Pick<DocumentAccess, 'participant' | 'target'>): boolean {
  return can(access.participant.actor, 'set-paragraph-status', access.target);
}
