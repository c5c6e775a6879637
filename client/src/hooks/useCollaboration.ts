import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CLOSE_SESSION_ENDED, CLOSE_TEXT_FROZEN, RELOAD_CLOSE_CODES } from '@plenary/shared/protocol/index';
import { reportSessionEnded } from '../api/http.ts';
import { ServerAcknowledgements } from '../lib/serverAcknowledgements.ts';

export interface Collaboration {
  doc: Y.Doc;
  provider: WebsocketProvider;
  acknowledgements: ServerAcknowledgements;
  /** Why the server refused this tab's last change, when the text was reloaded because of it. */
  refusedChange: string | null;
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
    const provider = new WebsocketProvider(syncServerUrl(), documentId, doc, { disableBc: true });
    const acknowledgements = new ServerAcknowledgements(provider, doc);
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
      acknowledgements.destroy();
      provider.destroy();
      doc.destroy();
    };
  }, [documentId, reload]);

  return collaboration;
}
