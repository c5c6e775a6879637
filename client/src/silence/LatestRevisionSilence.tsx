import type { DocumentDetail } from '../api/types.ts';
import { useLiveCollection } from '../data/useLiveCollection.ts';
import { StartSilenceControl } from './StartSilenceControl.tsx';
import { silenceSource } from './silenceSources.ts';

interface Props {
  document: DocumentDetail;
  /** The revision shown beside it: the control appears only while it is the one a procedure would take. */
  revisionId: string;
}

/** Beside the latest revision, for pen-holders: put it under silence, when no procedure runs and the text is not final. */
export function LatestRevisionSilence({ document, revisionId }: Props) {
  const opened = useLiveCollection(silenceSource(document.id));
  const [overview] = opened.items;
  if (!overview?.viewer.mayStart || overview.latestRevision?.id !== revisionId) return null;
  return (
    <StartSilenceControl
      documentId={document.id}
      revision={overview.latestRevision}
      clockOffsetMs={overview.clockOffsetMs}
      onStarted={() => void opened.collection.load()}
    />
  );
}
