import { Link, useParams } from 'react-router';
import { ApiError } from '../api/http.ts';
import { StateMessage } from '../components/StateMessage.tsx';
import { documentSource } from '../data/documentSources.ts';
import { useLiveCollection } from '../data/useLiveCollection.ts';
import { PresentationRoom } from '../presentation/PresentationRoom.tsx';

/** `/documents/:id/present`: the document as the room's screen shows it, for anyone who may read it. */
export function PresentationPage() {
  const { id = '' } = useParams();
  const opened = useLiveCollection(documentSource(id));
  const [document] = opened.items;

  if (opened.error && !opened.loading) {
    const { error } = opened;
    const missing = error instanceof ApiError && (error.status === 404 || error.status === 403);
    return (
      <div className="page">
        <StateMessage kind="error" action={missing ? undefined : { label: 'Try again', onClick: opened.collection.load }}>
          {missing ? 'This document does not exist, or you do not have access to it.' : error.message}
        </StateMessage>
        <p className="page__back">
          <Link to="/">← All documents</Link>
        </p>
      </div>
    );
  }
  if (!document) return <StateMessage kind="loading">Opening the document…</StateMessage>;
  return <PresentationRoom key={document.id} document={document} />;
}
