import { Link, useParams } from 'react-router';
import { ApiError } from '../api/http.ts';
import { DraftingRoom } from '../components/DraftingRoom.tsx';
import { StateMessage } from '../components/StateMessage.tsx';
import { documentSource } from '../data/documentSources.ts';
import { useLiveCollection } from '../data/useLiveCollection.ts';

export function DocumentPage() {
  const { id = '' } = useParams();
  const opened = useLiveCollection(documentSource(id));
  const [document] = opened.items;

  if (opened.error && !opened.loading) {
    const { error } = opened;
    const missing = error instanceof ApiError && (error.status === 404 || error.status === 403);
    return (
      <div className="page">
        <StateMessage kind="error" action={missing ? undefined : { label: 'Try again', onClick: () => void opened.collection.load() }}>
          {missing ? 'This document does not exist, or you do not have access to it.' : error.message}
        </StateMessage>
        <p className="page__back">
          <Link to="/">← All documents</Link>
        </p>
      </div>
    );
  }
  if (!document) return <StateMessage kind="loading">Opening the document…</StateMessage>;
  return <DraftingRoom key={document.id} document={document} />;
}
