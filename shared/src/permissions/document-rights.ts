import { can, type Actor, type DocumentTarget } from './can.ts';
import { stageTakesProposals } from './brief-stages.ts';

/** What a participant can do on a document, in one word, from the strongest right they have. */
export const DOCUMENT_RIGHTS = ['pen', 'propose-and-comment', 'comment', 'read'] as const;
export type DocumentRight = (typeof DOCUMENT_RIGHTS)[number];

export const DOCUMENT_RIGHT_LABELS: Record<DocumentRight, string> = {
  pen: 'You hold the pen',
  'propose-and-comment': 'You can propose and comment',
  comment: 'You can comment',
  read: 'You can read',
};

/** The right to show a participant: pen-holders edit, others propose, comment or read. */
export function documentRight(actor: Actor, doc: DocumentTarget): DocumentRight {
  if (can(actor, 'edit-text', doc)) return 'pen';
  const comments = can(actor, 'comment', doc);
  // A brief takes proposals only while it is out for comments.
  if (comments && can(actor, 'table-proposal', doc) && stageTakesProposals(doc.stage)) return 'propose-and-comment';
  return comments ? 'comment' : 'read';
}
