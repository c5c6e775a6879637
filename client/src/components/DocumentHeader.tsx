import { stageLabel } from '@plenary/shared/domain/index';
import { Link } from 'react-router';
import type { DocumentDetail } from '../api/types.ts';
import { RightsBadge } from './RightsBadge.tsx';

export function DocumentHeader({ document }: { document: DocumentDetail }) {
  const kindLabel = document.kind === 'compact' ? 'Compact draft' : 'Issue brief';
  return (
    <header className="document-header">
      <div className="document-header__text">
        <p className="document-header__trail">
          <Link to="/">All documents</Link> <span aria-hidden="true">/</span> {kindLabel}
          {document.status && <> · {stageLabel(document.status)}</>}
        </p>
        <h1 className="document-header__title">{document.title}</h1>
        <p className="document-header__pen" data-testid="pen-holders">
          Pen: {document.penHolders.length > 0 ? document.penHolders.join(', ') : 'nobody'}
          {!document.canEdit && <span className="document-header__hint"> — you follow the text live</span>}
        </p>
        <p className="document-header__links">
          <Link to={`/documents/${encodeURIComponent(document.id)}/compare`} data-testid="compare-link">
            Compare revisions
          </Link>
        </p>
      </div>
      <div className="document-header__state">
        <RightsBadge document={document} />
      </div>
    </header>
  );
}
