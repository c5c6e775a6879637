import { Link } from 'react-router';
import type { DocumentDetail } from '../api/types.ts';
import { useMe } from '../hooks/session.tsx';

/** For those who run the room (secretariat, co-facilitators): the text as the room's screen shows it, in a new window. */
export function PresentLink({ document }: { document: Pick<DocumentDetail, 'id'> }) {
  const me = useMe();
  if (me.role !== 'cofacilitator' && me.role !== 'secretariat') return null;
  return (
    <Link
      className="present-link"
      to={`/documents/${encodeURIComponent(document.id)}/present`}
      target="_blank"
      rel="noopener"
      data-testid="present-link"
    >
      <span aria-hidden="true">▣ </span>Present on the room's screen
    </Link>
  );
}
