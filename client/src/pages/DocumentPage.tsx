import { Link, useParams } from 'react-router';
import { getDocument } from '../api/documents.ts';
import { ApiError } from '../api/http.ts';
import { DraftingRoom } from '../components/DraftingRoom.tsx';
import { StateMessage } from '../components/StateMessage.tsx';
import { useResource } from '../hooks/useResource.ts';

export function DocumentPage() {
  const { id = '' } = useParams();
  const [document, reload] = useResource(`document:${id}`, (signal) => getDocument(id, signal));

  if (document.status === 'loading') return <StateMessage kind="loading">Opening the document…</StateMessage>;
  if (document.status === 'error') {
    const missing = document.error instanceof ApiError && (document.error.status === 404 || document.error.status === 403);
    return (
      <div className="page">
        <StateMessage kind="error" action={missing ? undefined : { label: 'Try again', onClick: reload }}>
          {missing ? 'This document does not exist, or you do not have access to it.' : document.error.message}
        </StateMessage>
        <p className="page__back">
          <Link to="/">← All documents</Link>
        </p>
      </div>
    );
  }
  return <DraftingRoom key={document.data.id} document={document.data} />;
}
