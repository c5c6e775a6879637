import { useCallback, useState } from 'react';
import { ApiError, requestFile } from '../api/http.ts';
import { saveFile } from './saveFile.ts';

export interface ExportDownload {
  /** The export being fetched, if one is. */
  busy: string | null;
  error: string | null;
  /** The file last saved, for the status line. */
  saved: string | null;
  download: (id: string, path: string, fallbackName: string) => Promise<void>;
}

/** Fetches one export at a time, then saves it; the server's refusal is kept to be shown. */
export function useExportDownload(): ExportDownload {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const download = useCallback(async (id: string, path: string, fallbackName: string) => {
    setBusy(id);
    setError(null);
    setSaved(null);
    try {
      const { blob, fileName } = await requestFile(path);
      saveFile(blob, fileName ?? fallbackName);
      setSaved(fileName ?? fallbackName);
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : 'The export could not be downloaded.');
    } finally {
      setBusy(null);
    }
  }, []);

  return { busy, error, saved, download };
}
