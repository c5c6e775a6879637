import { useEffect } from 'react';

/** Names the browser tab after what is on screen. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Plenary` : 'Plenary';
  }, [title]);
}
