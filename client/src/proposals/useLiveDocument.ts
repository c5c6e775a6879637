import { useCallback, useEffect, useRef, useState } from 'react';
import { getDocument } from '../api/documents.ts';
import type { DocumentDetail } from '../api/types.ts';
import { useLiveEvents } from '../live/useLiveEvents.ts';

/**
 * A document's paragraphs as the server reads them, refetched quietly (the last answer stays on screen)
 * whenever a proposal changes, since accepting one changes the text.
 */
export function useLiveDocument(id: string) {
  const [document, setDocument] = useState<DocumentDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    getDocument(id).then(
      (detail) => {
        if (mine !== generation.current) return;
        setDocument(detail);
        setError(null);
      },
      (failure: unknown) => mine === generation.current && setError(failure instanceof Error ? failure.message : String(failure)),
    );
  }, [id]);

  useEffect(() => {
    reload();
    return () => {
      generation.current++;
    };
  }, [reload]);

  useLiveEvents({ 'proposal.changed': reload }, { documentId: id, onReconnect: reload });
  return { document, error, reload };
}
