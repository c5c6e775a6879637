import { Link } from 'react-router';
import type { DocumentDetail } from '../api/types.ts';
import { usePermissions } from '../hooks/usePermissions.ts';
import './auditLogLink.css';

/** For the pen-holders and the secretariat, who may read it: the document's audit log. */
export function AuditLogLink({ document }: { document: Pick<DocumentDetail, 'id' | 'kind' | 'leadStakeholderIds'> }) {
  const may = usePermissions(document);
  if (!may('read-audit')) return null;
  return (
    <Link className="audit-log-link" to={`/documents/${encodeURIComponent(document.id)}/audit`} data-testid="audit-log-link">
      Audit log
    </Link>
  );
}
