import { useParams } from 'react-router';
import { DocumentLoadFailure } from '../components/DocumentLoadFailure.tsx';
import { DraftingRoom } from '../components/DraftingRoom.tsx';
import { StateMessage } from '../components/StateMessage.tsx';
import { documentSource } from '../data/documentSources.ts';
import { useLiveCollection } from '../data/useLiveCollection.ts';

export function DocumentPage() {
  const { id = '' } = useParams();
  const opened = useLiveCollection(documentSource(id));
  const [document] = opened.items;

  if (opened.error && !opened.loading) return <DocumentLoadFailure error={opened.error} retry={() => void opened.collection.load()} />;
  if (!document) return <StateMessage kind="loading">Opening the document…</StateMessage>;
  return <DraftingRoom key={document.id} document={document} />;
}
