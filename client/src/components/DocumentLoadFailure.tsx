import { Link } from 'react-router';
import { ApiError } from '../api/http.ts';
import { StateMessage } from './StateMessage.tsx';

interface Props {
  error: Error;
  retry: () => void;
}

/**
 * A document that could not be opened. A missing one (or one the reader may not see: the same answer, so that
 * its existence does not leak) offers no retry, which could never work; anything else may pass, so it does.
 */
export function DocumentLoadFailure({ error, retry }: Props) {
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 403);
  return (
    <div className="page">
      <StateMessage kind="error" action={missing ? undefined : { label: 'Try again', onClick: retry }}>
        {missing ? 'This document does not exist, or you do not have access to it.' : error.message}
      </StateMessage>
      <p className="page__back">
        <Link to="/">← All documents</Link>
      </p>
    </div>
  );
}
