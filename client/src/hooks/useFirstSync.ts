import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';

/**
 * Whether the document has received the server's text at least once. The editor waits for it: an
 * editor bound to a still-empty Y.Doc would create a placeholder paragraph and send it, adding an
 * empty paragraph on every page load.
 */
export function useFirstSync(provider: WebsocketProvider | undefined): boolean {
  const [synced, setSynced] = useState(() => provider?.synced ?? false);

  useEffect(() => {
    if (!provider) return;
    if (provider.synced) {
      setSynced(true);
      return;
    }
    setSynced(false);
    const handleSync = (isSynced: boolean) => {
      if (isSynced) setSynced(true);
    };
    provider.on('sync', handleSync);
    return () => provider.off('sync', handleSync);
  }, [provider]);

  return synced;
}
