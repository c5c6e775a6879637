import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { ServerAcknowledgements } from '../lib/serverAcknowledgements.ts';

export interface Collaboration {
  doc: Y.Doc;
  provider: WebsocketProvider;
  acknowledgements: ServerAcknowledgements;
}

function syncServerUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/sync`;
}

/**
 * The live Y.Doc of one document and its connection to `/sync/:id`, for as long as the page shows it.
 * Content only ever comes from the server: nothing is written into the doc here.
 */
export function useCollaboration(documentId: string): Collaboration | null {
  const [collaboration, setCollaboration] = useState<Collaboration | null>(null);

  useEffect(() => {
    // History is evidence in a negotiation: keep deleted content, as the server does.
    const doc = new Y.Doc({ gc: false });
    // No cross-tab channel: the server is the only source of the text, and the only judge of who may write.
    const provider = new WebsocketProvider(syncServerUrl(), documentId, doc, { disableBc: true });
    const acknowledgements = new ServerAcknowledgements(provider, doc);
    setCollaboration({ doc, provider, acknowledgements });
    return () => {
      setCollaboration(null);
      acknowledgements.destroy();
      provider.destroy();
      doc.destroy();
    };
  }, [documentId]);

  return collaboration;
}
