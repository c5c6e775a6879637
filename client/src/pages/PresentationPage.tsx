import { useParams } from 'react-router';
import { DocumentLoadFailure } from '../components/DocumentLoadFailure.tsx';
import { StateMessage } from '../components/StateMessage.tsx';
import { documentSource } from '../data/documentSources.ts';
import { useLiveCollection } from '../data/useLiveCollection.ts';
import { PresentationRoom } from '../presentation/PresentationRoom.tsx';

/** `/documents/:id/present`: the document as the room's screen shows it, for anyone who may read it. */
export function PresentationPage() {
  const { id = '' } = useParams();
  const opened = useLiveCollection(documentSource(id));
  const [document] = opened.items;

  if (opened.error && !opened.loading) return <DocumentLoadFailure error={opened.error} retry={() => void opened.collection.load()} />;
  if (!document) return <StateMessage kind="loading">Opening the document…</StateMessage>;
  return <PresentationRoom key={document.id} document={document} />;
}
