import type { Actor, DocumentTarget } from '@plenary/shared/permissions/index';
import type { DocumentRow, Membership, Stakeholder, User } from '../db/types.ts';

/** A user acting in a process: for one stakeholder, in one role. */
export interface Participant {
  user: User;
  membership: Membership;
  stakeholder: Stakeholder;
  actor: Actor;
}

/** A participant and the document they act on: what every document-level policy decides from. */
export interface DocumentAccess {
  doc: DocumentRow;
  target: DocumentTarget;
  participant: Participant;
}
