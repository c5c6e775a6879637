import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { paragraphAtCursor } from './cursorParagraph.ts';

/** Who is followed, and the paragraph their caret is in. */
export interface Followed {
  pid: string;
  name: string;
  stakeholder: string;
}

interface PresenceState {
  user?: { name?: unknown; stakeholder?: unknown; role?: unknown; stakeholderId?: unknown };
  cursor?: { head?: unknown } | null;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

export type PenHolderCheck = (user: { role: string; stakeholderId: string }) => boolean;

/**
 * Follows the pen: of the pen-holders present, the one whose caret moved last, and the paragraph it is in.
 * Identity in presence is stamped by the server, so only a real pen-holder can steer the room's screen.
 * When that person leaves, the screen stays on their last paragraph until another pen-holder moves.
 */
export class PenHolderFollower {
  private readonly cursors = new Map<number, string>();
  private followed: Followed | null = null;

  constructor(
    private readonly awareness: Awareness,
    private readonly doc: Y.Doc,
    private readonly holdsPen: PenHolderCheck,
    private readonly onFollow: (followed: Followed) => void,
  ) {
    // At first nobody has moved yet: start on any pen-holder's caret.
    for (const clientId of awareness.getStates().keys()) this.consider(clientId);
    awareness.on('change', this.handleChange);
  }

  current(): Followed | null {
    return this.followed;
  }

  destroy(): void {
    this.awareness.off('change', this.handleChange);
  }

  private readonly handleChange = ({ added, updated, removed }: AwarenessChange) => {
    for (const clientId of removed) this.cursors.delete(clientId);
    for (const clientId of [...added, ...updated]) this.consider(clientId);
  };

  private consider(clientId: number): void {
    if (clientId === this.awareness.clientID) return;
    const state = this.awareness.getStates().get(clientId) as PresenceState | undefined;
    const user = state?.user;
    const head = state?.cursor?.head;
    if (!user || head === undefined || typeof user.role !== 'string' || typeof user.stakeholderId !== 'string') return;
    if (!this.holdsPen({ role: user.role, stakeholderId: user.stakeholderId })) return;
    const cursor = JSON.stringify(head);
    if (this.cursors.get(clientId) === cursor) return;
    const pid = paragraphAtCursor(this.doc, head);
    // Not placeable yet (text still arriving): try again on the next change.
    if (!pid) return;
    this.cursors.set(clientId, cursor);
    const next = {
      pid,
      name: typeof user.name === 'string' ? user.name : '',
      stakeholder: typeof user.stakeholder === 'string' ? user.stakeholder : '',
    };
    const same =
      this.followed && this.followed.pid === next.pid && this.followed.name === next.name && this.followed.stakeholder === next.stakeholder;
    if (same) return;
    this.followed = next;
    this.onFollow(next);
  }
}
