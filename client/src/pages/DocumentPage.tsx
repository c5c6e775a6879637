import { useParams } from 'react-router';
import { DocumentLoadFailure } from '../components/DocumentLoadFailure.tsx';
import { DraftingRoom } from '../components/DraftingRoom.tsx';
import { StateMessage } from '../components/StateMessage.tsx';
import { documentSource } from '../data/documentSources.ts';
import { useLiveCollection } from '../data/useLiveCollection.ts';
import { useMe } from '../hooks/session.tsx';
import { useProcessOf } from '../hooks/useProcessOf.ts';

export function DocumentPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const opened = useLiveCollection(documentSource(id));
  const [document] = opened.items;
  // The drafting room asks the capacity of the process this device works in: a document of another is opened in its own.
  const process = useProcessOf(document?.processId);

  if (opened.error && !opened.loading) return <DocumentLoadFailure error={opened.error} retry={() => void opened.collection.load()} />;
  if (!document) return <StateMessage kind="loading">Opening the document…</StateMessage>;
  if (process.status === 'switching') return <StateMessage kind="loading">Switching to {process.title}…</StateMessage>;
  if (process.status === 'failed') {
    return (
      <StateMessage kind="error" action={{ label: 'Try again', onClick: process.retry }}>
        This document belongs to {process.title}, and switching to it did not succeed. {process.message}
      </StateMessage>
    );
  }
  // A new capacity opens the room afresh: every panel reads again what this reader may see and do.
  return <DraftingRoom key={`${document.id}:${me.role}:${me.stakeholder.id}`} document={document} />;
}
