import { StatusProgress } from './StatusProgress.tsx';
import { useParagraphStatuses } from './useParagraphStatuses.ts';

/** The document page's progress bar, live: it moves as pen-holders change statuses. */
export function DocumentStatusProgress({ documentId }: { documentId: string }) {
  const { counts } = useParagraphStatuses(documentId);
  if (!counts) return null;
  return <StatusProgress counts={counts} compact />;
}
