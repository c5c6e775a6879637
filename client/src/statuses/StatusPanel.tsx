import type { Editor } from '@tiptap/react';
import { Link } from 'react-router';
import { isLockedStatus } from '@plenary/shared/domain/index';
import { useParagraphs } from '../proposals/useParagraphs.ts';
import { StateMessage } from '../components/StateMessage.tsx';
import { paragraphHistoryPath } from '../history/historyPath.ts';
import { formatDateTime } from '../lib/dates.ts';
import { StatusHistory } from './StatusHistory.tsx';
import { StatusMenu } from './StatusMenu.tsx';
import { StatusProgress } from './StatusProgress.tsx';
import { LOCK_NOTICE, STATUS_SYMBOLS, statusLabel } from './statusLabels.ts';
import { statusOf, type ParagraphStatuses } from './useParagraphStatuses.ts';
import { useStatusHistory } from './useStatusHistory.ts';

export interface StatusPanelModel {
  documentId: string;
  statuses: ParagraphStatuses;
  canSet: boolean;
  /** The paragraph shown; null before a badge was pressed. */
  pid: string | null;
  select: (pid: string) => void;
}

/** The Status tab: how far the text is agreed, and one paragraph's status, its menu and its history. */
export function StatusPanel({ editor, model }: { editor: Editor; model: StatusPanelModel }) {
  const { statuses, documentId, pid, canSet } = model;
  const paragraphs = useParagraphs(editor);
  const paragraph = pid ? paragraphs.get(pid) : undefined;
  const entry = pid ? statuses.byPid.get(pid) : undefined;
  const history = useStatusHistory(documentId, paragraph ? pid : null, entry?.changedAt ?? null);

  if (statuses.error && !statuses.loaded) {
    return (
      <StateMessage kind="error" action={{ label: 'Try again', onClick: statuses.reload }}>
        The statuses could not be loaded: {statuses.error.message}
      </StateMessage>
    );
  }
  if (!statuses.loaded || !statuses.counts) return <StateMessage kind="loading">Loading the statuses…</StateMessage>;

  const notOpen = [...statuses.byPid.values()]
    .filter((s) => s.status !== 'open' && paragraphs.get(s.pid)?.label)
    .sort((a, b) => (paragraphs.get(a.pid)?.order ?? 0) - (paragraphs.get(b.pid)?.order ?? 0));

  return (
    <div className="status-panel" data-testid="status-panel">
      <StatusProgress counts={statuses.counts} />
      {paragraph && pid ? (
        <section className="status-panel__paragraph" aria-labelledby="status-panel-heading">
          <h3 id="status-panel-heading" className="status-panel__heading">
            {paragraph.label || 'Heading'}:{' '}
            <span className={`status-badge status-badge--${statusOf(statuses, pid)}`} aria-hidden="true">
              {STATUS_SYMBOLS[statusOf(statuses, pid)]}
            </span>{' '}
            <span data-testid="status-panel-current">{statusLabel(statusOf(statuses, pid))}</span>
          </h3>
          {entry?.changedBy && entry.changedAt && (
            <p className="status-panel__hint">
              Set by {entry.changedBy.userName} ({entry.changedBy.stakeholder}), {formatDateTime(entry.changedAt)}
            </p>
          )}
          {isLockedStatus(statusOf(statuses, pid)) && <p className="status-panel__locked">{LOCK_NOTICE}.</p>}
          {canSet && (
            <StatusMenu
              documentId={documentId}
              pid={pid}
              label={paragraph.label || 'this heading'}
              current={statusOf(statuses, pid)}
              onChanged={statuses.reload}
            />
          )}
          <h4 className="status-panel__subheading">History</h4>
          <StatusHistory transitions={history.transitions} error={history.error} />
          {paragraph.label && (
            <p className="status-panel__hint">
              <Link to={paragraphHistoryPath(documentId, pid)} data-testid="status-panel-history-link">
                History of {paragraph.label}: its text in each revision, proposals and comments
              </Link>
            </p>
          )}
        </section>
      ) : (
        <p className="status-panel__hint">
          {canSet
            ? "Press the status badge by a paragraph's number to set its status or read its history."
            : "Press the status badge by a paragraph's number to read its history."}
        </p>
      )}
      <section aria-labelledby="status-panel-list">
        <h4 id="status-panel-list" className="status-panel__subheading">
          Paragraphs not open
        </h4>
        {notOpen.length === 0 ? (
          <p className="status-panel__hint">Every paragraph is open.</p>
        ) : (
          <ul className="status-panel__list">
            {notOpen.map((s) => (
              <li key={s.pid}>
                <button type="button" className="link-button" onClick={() => model.select(s.pid)} aria-pressed={s.pid === pid}>
                  {paragraphs.get(s.pid)?.label}
                </button>{' '}
                <span className={`status-badge status-badge--${s.status}`} aria-hidden="true">
                  {STATUS_SYMBOLS[s.status]}
                </span>{' '}
                {statusLabel(s.status)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
