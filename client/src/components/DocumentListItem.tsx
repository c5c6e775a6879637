import { Link } from 'react-router';
import type { DocumentSummary } from '../api/types.ts';
import { formatDateTime, relativeTime } from '../lib/dates.ts';
import { RightsBadge } from './RightsBadge.tsx';
import { documentStage } from '../revisions/documentStage.ts';
import { StatusProgress } from '../statuses/StatusProgress.tsx';
import { InputsDeadline } from '../lifecycle/InputsDeadline.tsx';

const KIND_LABELS: Record<DocumentSummary['kind'], string> = {
  compact: 'Compact draft',
  brief: 'Issue brief',
};

function paragraphs(count: number): string {
  return count === 1 ? '1 paragraph' : `${count} paragraphs`;
}

export function DocumentListItem({ document, now }: { document: DocumentSummary; now: number }) {
  const { id, kind, title, penHolders, canEdit, lastActivityAt, paragraphCount, statusCounts } = document;
  return (
    <li className={`doc-item doc-item--${kind}`} data-testid="doc-item" data-kind={kind} data-can-edit={canEdit}>
      <div className="doc-item__main">
        <p className="doc-item__kind">
          {KIND_LABELS[kind]}
          {documentStage(document) && (
            <span className="doc-item__status" data-testid="doc-item-stage">
              {' '}
              · {documentStage(document)}
            </span>
          )}
          {document.inputsDeadline && (
            <>
              {' · '}
              <InputsDeadline deadline={document.inputsDeadline} />
            </>
          )}
        </p>
        <h3 className="doc-item__title">
          <Link to={`/documents/${encodeURIComponent(id)}`}>{title}</Link>
        </h3>
        <dl className="doc-item__facts">
          <div>
            <dt>Pen</dt>
            <dd>{penHolders.length > 0 ? penHolders.join(', ') : 'Nobody'}</dd>
          </div>
          <div>
            <dt>Last activity</dt>
            <dd>
              {lastActivityAt ? (
                <time dateTime={lastActivityAt} title={formatDateTime(lastActivityAt)}>
                  {relativeTime(lastActivityAt, now)}
                </time>
              ) : (
                'None yet'
              )}
            </dd>
          </div>
          <div>
            <dt>Length</dt>
            <dd>{paragraphs(paragraphCount)}</dd>
          </div>
        </dl>
        <StatusProgress counts={statusCounts} compact />
      </div>
      <RightsBadge document={document} />
    </li>
  );
}
