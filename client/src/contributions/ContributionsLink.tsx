import { Link } from 'react-router';
import type { DocumentDetail } from '../api/types.ts';
import './contributionsLink.css';

/** On a brief's header: who contributed what to it, for everyone who reads the brief. */
export function ContributionsLink({ document }: { document: Pick<DocumentDetail, 'id' | 'kind'> }) {
  if (document.kind !== 'brief') return null;
  return (
    <Link
      className="contributions-link"
      to={`/documents/${encodeURIComponent(document.id)}/contributions`}
      data-testid="contributions-link"
    >
      Contributions
    </Link>
  );
}
