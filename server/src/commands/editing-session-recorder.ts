import type { Db } from '../db/client.ts';
import type { EditingSession } from '../sync/peer.ts';
import { audit } from './audit.ts';
import type { Participant } from '../policies/actors.ts';

export interface EditingSessionProps {
  participant: Participant;
  documentId: string;
  session: EditingSession;
}

/** One audit row per connection that changed the text: who, in what capacity, which logged updates. */
export function recordEditingSession(db: Db, { participant, documentId, session }: EditingSessionProps): void {
  if (session.updates === 0) return;
  try {
    audit(db, {
      participant,
      action: 'document.edit-session',
      documentId,
      details: {
        firstUpdateId: session.firstUpdateId,
        lastUpdateId: session.lastUpdateId,
        updates: session.updates,
        clientIds: [...session.clientIds],
      },
    });
  } catch (error) {
    // The updates themselves are logged and attributed; losing this summary row must not break the close.
    console.error('Could not record an editing session', error);
  }
}
