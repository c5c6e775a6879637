import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api/http.ts';
import type { DocumentDetail } from '../api/types.ts';
import { DocumentLoadFailure } from '../components/DocumentLoadFailure.tsx';
import { StateMessage } from '../components/StateMessage.tsx';
import { documentSource } from '../data/documentSources.ts';
import { useLiveCollection } from '../data/useLiveCollection.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { usePermissions } from '../hooks/usePermissions.ts';
import { AuditFiltersBar } from './AuditFiltersBar.tsx';
import { AuditTable } from './AuditTable.tsx';
import { filtersFromSearch, isFiltered, searchFromFilters, type AuditFilters } from './auditFilters.ts';
import { useAuditLog } from './useAuditLog.ts';
import './audit.css';

/** `/documents/:id/audit`: every recorded action on the document, for its pen-holders and the secretariat. */
export function AuditLogPage() {
  const { id = '' } = useParams();
  const opened = useLiveCollection(documentSource(id));
  const [document] = opened.items;

  if (opened.error && !opened.loading) return <DocumentLoadFailure error={opened.error} retry={() => void opened.collection.load()} />;
  if (!document) return <StateMessage kind="loading">Opening the audit log…</StateMessage>;
  return <AuditLog key={document.id} document={document} />;
}

function AuditLog({ document }: { document: DocumentDetail }) {
  useDocumentTitle(`Audit log: ${document.title}`);
  const may = usePermissions(document);
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const allowed = may('read-audit');
  const log = useAuditLog(document.id, filters, allowed);
  const documentPath = `/documents/${encodeURIComponent(document.id)}`;

  // The server refuses everyone else; asking it first would only show its refusal in the console.
  const refused = !allowed || (log.error instanceof ApiError && log.error.status === 403);
  const changeFilters = (next: AuditFilters) => setSearch(searchFromFilters(next), { replace: true });

  return (
    <article className="audit-log" data-testid="audit-log">
      <header className="audit-log__header">
        <p className="audit-log__back">
          <Link to={documentPath}>← Back to the document</Link>
        </p>
        <h1 className="audit-log__title">Audit log</h1>
        <p className="audit-log__subtitle">
          Every recorded action on <cite>{document.title}</cite>, newest first: who took it, in what capacity, and when.
        </p>
      </header>
      {refused ? (
        <div data-testid="audit-refused">
          <StateMessage kind="error">
            The audit log of this document is open to its holders of the pen and to the secretariat only.
          </StateMessage>
        </div>
      ) : (
        <>
          <AuditFiltersBar
            key={filters.pid}
            filters={filters}
            options={log.options}
            paragraphs={document.paragraphs}
            onChange={changeFilters}
          />
          <AuditEntries
            document={document}
            filters={filters}
            log={log}
            onClearFilters={() => changeFilters({ user: '', stakeholder: '', action: '', pid: '' })}
          />
        </>
      )}
    </article>
  );
}

interface EntriesProps {
  document: DocumentDetail;
  filters: AuditFilters;
  log: ReturnType<typeof useAuditLog>;
  onClearFilters: () => void;
}

function AuditEntries({ document, filters, log, onClearFilters }: EntriesProps) {
  if (log.error)
    return (
      <StateMessage
        kind="error"
        action={{ label: 'Try again', onClick: log.reload }}
      >{`The audit log could not be read: ${log.error.message}`}</StateMessage>
    );
  if (log.loading && log.entries.length === 0) return <StateMessage kind="loading">Reading the audit log…</StateMessage>;
  if (log.entries.length === 0) {
    return isFiltered(filters) ? (
      <StateMessage kind="empty" action={{ label: 'Clear filters', onClick: onClearFilters }}>
        No recorded action matches these filters.
      </StateMessage>
    ) : (
      <StateMessage kind="empty">Nothing has been recorded on this document yet.</StateMessage>
    );
  }
  const shown = log.entries.length === 1 ? '1 entry' : `${log.entries.length} entries`;
  return (
    <section className="audit-log__entries" aria-busy={log.loading || undefined}>
      <p className="audit-log__count" role="status" data-testid="audit-count">
        {log.loading ? 'Updating…' : `${shown}${log.hasOlder ? ' shown; older ones follow' : ''}`}
      </p>
      <div className="audit-log__scroller">
        <AuditTable entries={log.entries} caption={`Audit log of ${document.title}, newest first`} />
      </div>
      {log.olderError && (
        <p className="audit-log__older-error" role="alert">
          Older entries could not be read: {log.olderError.message}
        </p>
      )}
      {log.hasOlder && (
        <p className="audit-log__more">
          <button
            type="button"
            className="button button--secondary"
            onClick={log.loadOlder}
            disabled={log.loadingOlder}
            data-testid="audit-load-older"
          >
            {log.loadingOlder ? 'Loading older entries…' : log.olderError ? 'Try again' : 'Load older'}
          </button>
        </p>
      )}
    </section>
  );
}
