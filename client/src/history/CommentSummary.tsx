import { Link } from 'react-router';
import { listThreads } from '../api/threads.ts';
import { useAsync } from '../compare/useAsync.ts';
import type { ParagraphHistory } from './api.ts';

const threads = (n: number) => (n === 1 ? '1 comment thread' : `${n} comment threads`);

/** How many threads the reader may read on the paragraph, and a way to them in the document. */
export function CommentSummary({ documentId, history }: { documentId: string; history: ParagraphHistory }) {
  const { threads: total, open } = history.comments;
  return (
    <section className="history__section" aria-labelledby="history-comments">
      <h2 id="history-comments">Comments</h2>
      <p data-testid="history-comments">
        {total === 0 ? 'No comment thread on this paragraph that you may read.' : `${threads(total)}, ${open} open.`}
      </p>
      {total > 0 && <FirstThreadLink documentId={documentId} pid={history.pid} />}
    </section>
  );
}

/** The document opens a thread (and its paragraph) from `?thread=`: link to the paragraph's first open one. */
function FirstThreadLink({ documentId, pid }: { documentId: string; pid: string }) {
  const list = useAsync((signal) => listThreads(documentId, signal), [documentId]);
  if (list.status !== 'ready') return null;
  const onParagraph = list.value.filter((t) => t.pid === pid);
  const first = onParagraph.find((t) => t.resolvedAt === null) ?? onParagraph[0];
  if (!first) return null;
  return (
    <p className="history__link no-print">
      <Link to={`/documents/${encodeURIComponent(documentId)}?thread=${encodeURIComponent(first.id)}`}>
        Open the comments on this paragraph
      </Link>
    </p>
  );
}
