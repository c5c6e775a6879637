import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CLOSE_SESSION_ENDED, CLOSE_TEXT_FROZEN, RECONNECT_CLOSE_CODES, RELOAD_CLOSE_CODES } from '@plenary/shared/protocol/index';
import { reportSessionEnded } from '../api/http.ts';
import { ServerAcknowledgements } from '../lib/serverAcknowledgements.ts';
import { slowDownWhenThrottled } from '../lib/throttledReconnect.ts';

export interface Collaboration {
  doc: Y.Doc;
  provider: WebsocketProvider;
  acknowledgements: ServerAcknowledgements;
  /** Why the server refused this tab's last change, when the text was reloaded because of it. */
  refusedChange: string | null;
}

/**
 * Stock y-websocket gives up on every close code from 4400 to 4499; the server also uses that range to ask a
 * client to come back (it reloaded the room) or to slow down (too many changes at once), and then it does.
 * Unsent edits stay in the local document and go with the next sync.
 */
function shouldReconnect(event: CloseEvent): boolean {
  return RECONNECT_CLOSE_CODES.has(event.code) || event.code < 4400 || event.code >= 4500;
}

function syncServerUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/sync`;
}

/**
 * The live Y.Doc of one document and its connection to `/sync/:id`, for as long as the page shows it.
 * Content only ever comes from the server: nothing is written into the doc here. When the server refuses
 * a change (it would break the document, or its client id is someone else's), the local copy is dropped
 * and a fresh one loads the server's state: re-sending the refused change would only be refused again.
 */
export function useCollaboration(documentId: string): Collaboration | null {
  const [collaboration, setCollaboration] = useState<Collaboration | null>(null);
  const [reload, setReload] = useState<{ generation: number; reason: string | null }>({ generation: 0, reason: null });

  useEffect(() => {
    // History is evidence in a negotiation: keep deleted content, as the server does.
    const doc = new Y.Doc({ gc: false });
    // No cross-tab channel: the server is the only source of the text, and the only judge of who may write.
    const provider = new WebsocketProvider(syncServerUrl(), documentId, doc, { disableBc: true, shouldReconnect });
    const acknowledgements = new ServerAcknowledgements(provider, doc);
    const stopSlowingDown = slowDownWhenThrottled(provider);
    const handleClose = (event: CloseEvent | null) => {
      if (event?.code === CLOSE_SESSION_ENDED) {
        // Signed out elsewhere, or the session expired: retrying would only be refused. Back to sign-in.
        provider.shouldConnect = false;
        reportSessionEnded();
        return;
      }
      if (!event || !RELOAD_CLOSE_CODES.has(event.code)) return;
      provider.shouldConnect = false;
      // An adopted text comes back read-only: nothing of this tab's was refused.
      const reason = event.code === CLOSE_TEXT_FROZEN ? null : event.reason || 'The server refused the change.';
      setReload((previous) => ({ generation: previous.generation + 1, reason }));
    };
    provider.on('connection-close', handleClose);
    // The effect creates the connection, an external resource, and hands it to the render that follows.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCollaboration({ doc, provider, acknowledgements, refusedChange: reload.reason });
    return () => {
      setCollaboration(null);
      provider.off('connection-close', handleClose);
      stopSlowingDown();
      acknowledgements.destroy();
      provider.destroy();
      doc.destroy();
    };
  }, [documentId, reload]);

  return collaboration;
}
