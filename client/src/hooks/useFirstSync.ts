import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';

/**
 * Whether the document has received the server's text at least once. The editor waits for it: an
 * editor bound to a still-empty Y.Doc would create a placeholder paragraph and send it, adding an
 * empty paragraph on every page load.
 *
 * The answer belongs to one provider: when the document is reloaded (after the server refused a change)
 * a new provider arrives, and it is unsynced from its very first render, not only after an effect runs.
 */
export function useFirstSync(provider: WebsocketProvider | undefined): boolean {
  const [syncedProvider, setSyncedProvider] = useState<WebsocketProvider | null>(() => (provider?.synced ? provider : null));

  useEffect(() => {
    if (!provider) return;
    if (provider.synced) {
      // The provider may have synced between render and effect: record it, it stays synced for this page.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setSyncedProvider(provider);
      return;
    }
    const handleSync = (isSynced: boolean) => {
      if (isSynced) setSyncedProvider(provider);
    };
    provider.on('sync', handleSync);
    return () => provider.off('sync', handleSync);
  }, [provider]);

  return provider !== undefined && syncedProvider === provider;
}
