import type { YjsClientSource } from '@plenary/shared/domain/index';

/**
 * The person, and the capacity, behind a Yjs client id. Every update that enters a document's log is
 * attributed to one: a pen-holder's socket, or a server-side change made on someone's decision.
 */
export interface Writer {
  userId: string;
  stakeholderId: string;
  role: string;
  source: YjsClientSource;
  /**
   * A server-side change that applies a proposal: the words it brings in belong to the proposal's tabler. With
   * source 'revert', the change that took them back out when the decision was reopened: its words are the reopener's.
   */
  proposalId?: string | null;
  /** A server-side change that incorporates a technical input: the words it brings in belong to the contributing agency. */
  inputId?: string | null;
}

/** A client id may carry only its owner's updates: the same person, through the same kind of path. */
export function sameWriter(owner: Pick<Writer, 'userId' | 'source'>, writer: Pick<Writer, 'userId' | 'source'>): boolean {
  return owner.source === 'socket' && writer.source === 'socket' && owner.userId === writer.userId;
}
