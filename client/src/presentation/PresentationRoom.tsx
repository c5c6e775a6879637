import { EditorContent } from '@tiptap/react';
import { useEffect, useMemo } from 'react';
import type { DocumentDetail } from '../api/types.ts';
import { ConnectionStatus } from '../components/ConnectionStatus.tsx';
import { StateMessage } from '../components/StateMessage.tsx';
import { useLiveCollection } from '../data/useLiveCollection.ts';
import type { Collaboration } from '../hooks/useCollaboration.ts';
import { useCollaboration } from '../hooks/useCollaboration.ts';
import { useConnectionStatus } from '../hooks/useConnectionStatus.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useFirstSync } from '../hooks/useFirstSync.ts';
import { proposalSource } from '../proposals/proposalSource.ts';
import { useParagraphs } from '../proposals/useParagraphs.ts';
import { followParagraph } from './followedHighlight.ts';
import { ParagraphStanding } from './ParagraphStanding.tsx';
import { useFollowedParagraph } from './useFollowedParagraph.ts';
import { usePresentationEditor } from './usePresentationEditor.ts';
import { useDocumentNumbering } from '../editor/numbering.ts';
import { useStatusMarks } from '../statuses/useStatusMarks.ts';
import { statusLabel } from '../statuses/statusLabels.ts';
import { statusOf } from '../statuses/useParagraphStatuses.ts';
import './presentation.css';

/** The room's screen: the live text, large, following the pen, with the followed paragraph's proposals beside it. */
export function PresentationRoom({ document }: { document: DocumentDetail }) {
  const live = useCollaboration(document.id);
  useDocumentNumbering(document.numbering);
  const status = useConnectionStatus(live);
  const synced = useFirstSync(live?.provider);
  useDocumentTitle(`${document.title} (room screen)`);

  return (
    <div className="presentation" data-testid="presentation">
      <header className="presentation__bar">
        <h1 className="presentation__title">{document.title}</h1>
        <ConnectionStatus status={status} />
      </header>
      {live && synced ? (
        <PresentedText live={live} document={document} />
      ) : (
        <StateMessage kind={status.state === 'offline' ? 'error' : 'loading'}>
          {status.state === 'offline' ? `The live text cannot be reached. ${status.refusal ?? 'Retrying…'}` : 'Loading the live text…'}
        </StateMessage>
      )}
    </div>
  );
}

function PresentedText({ live, document }: { live: Collaboration; document: DocumentDetail }) {
  const marks = useStatusMarks(document.id);
  const editor = usePresentationEditor(live, document.kind, marks.extensions);
  const followed = useFollowedParagraph(live, document);
  const paragraphs = useParagraphs(editor);
  const proposals = useLiveCollection(proposalSource(document.id));

  useEffect(() => {
    if (followed) followParagraph(editor, followed.pid);
  }, [editor, followed]);

  const pending = useMemo(
    () => (followed ? proposals.items.filter((p) => p.pid === followed.pid && p.status === 'tabled') : []),
    [proposals.items, followed],
  );

  return (
    <div className="presentation__desk" data-followed={followed?.pid}>
      <div className="presentation__text" data-testid="editor" data-kind={document.kind}>
        <EditorContent editor={editor} />
      </div>
      <aside className="presentation__aside">
        {followed ? (
          <ParagraphStanding
            number={paragraphs.get(followed.pid)?.label ?? ''}
            pending={pending}
            following={[followed.name, followed.stakeholder].filter(Boolean).join(' · ')}
            status={statusLabel(statusOf(marks.statuses, followed.pid))}
          />
        ) : (
          <p className="paragraph-standing__waiting" data-testid="paragraph-standing-waiting">
            Waiting for a co-facilitator to place the cursor in the text.
          </p>
        )}
      </aside>
    </div>
  );
}
