import { Link } from 'react-router';
import type { DocumentDetail } from '../api/types.ts';
import { RightsBadge } from './RightsBadge.tsx';
import { documentStage } from '../revisions/documentStage.ts';
import { AuditLogLink } from '../audit/AuditLogLink.tsx';
import { ContributionsLink } from '../contributions/ContributionsLink.tsx';
import { DocumentStatusProgress } from '../statuses/DocumentStatusProgress.tsx';
import { BriefStageControls } from '../lifecycle/BriefStageControls.tsx';
import { InputsDeadline } from '../lifecycle/InputsDeadline.tsx';
import { AmendmentImportButton } from '../imports/AmendmentImport.tsx';
import { ExportMenu } from '../exports/ExportMenu.tsx';

export function DocumentHeader({ document }: { document: DocumentDetail }) {
  const kindLabel = document.kind === 'compact' ? 'Compact draft' : 'Issue brief';
  return (
    <header className="document-header">
      <div className="document-header__text">
        <p className="document-header__trail">
          <Link to="/">All documents</Link> <span aria-hidden="true">/</span> {kindLabel}
          {documentStage(document) && <span data-testid="document-stage"> · {documentStage(document)}</span>}
          {document.inputsDeadline && (
            <>
              {' · '}
              <InputsDeadline deadline={document.inputsDeadline} />
            </>
          )}
        </p>
        <h1 className="document-header__title">{document.title}</h1>
        <p className="document-header__pen" data-testid="pen-holders">
          Pen: {document.penHolders.length > 0 ? document.penHolders.join(', ') : 'nobody'}
          {!document.canEdit && <span className="document-header__hint"> — you follow the text live</span>}
        </p>
      </div>
      <div className="document-header__state">
        <RightsBadge document={document} />
        <AuditLogLink document={document} />
        <ContributionsLink document={document} />
        <ExportMenu documentId={document.id} />
        <BriefStageControls document={document} />
        <AmendmentImportButton document={document} />
        <DocumentStatusProgress documentId={document.id} />
      </div>
    </header>
  );
}
