import type { DocumentKind } from '@plenary/shared/domain/index';
import type { AnyExtension } from '@tiptap/core';
import { EditorContent, type Editor } from '@tiptap/react';
import { useCallback, type ReactNode } from 'react';
import { Outline, type ParagraphCounts } from '../components/Outline.tsx';
import type { Collaboration } from '../hooks/useCollaboration.ts';
import { useOutline } from '../hooks/useOutline.ts';
import type { PresenceUser } from '../hooks/usePresence.ts';
import { revealParagraph } from './paragraphSpotlight.ts';
import { Toolbar } from './Toolbar.tsx';
import { useDraftEditor } from './useDraftEditor.ts';

interface Props {
  live: Collaboration;
  kind: DocumentKind;
  canEdit: boolean;
  user: PresenceUser;
  counts?: ParagraphCounts;
  extensions?: AnyExtension[];
  /** The side panel beside the text (proposals, comments), given the live editor. */
  aside?: (editor: Editor) => ReactNode;
}

/** The outline beside the text; the toolbar above it for pen-holders only. */
export function DraftingDesk({ live, kind, canEdit, user, counts, extensions, aside }: Props) {
  const editor = useDraftEditor({ live, kind, canEdit, user, extensions });
  const outline = useOutline(editor);
  const jump = useCallback((pid: string) => revealParagraph(editor, pid), [editor]);

  return (
    <div className="drafting-desk">
      <aside className="drafting-desk__outline">
        <Outline entries={outline} onJump={jump} counts={counts} />
      </aside>
      <div className="drafting-desk__text">
        {canEdit && <Toolbar editor={editor} kind={kind} />}
        <div className="editor-frame" data-testid="editor" data-editable={canEdit} data-kind={kind}>
          <EditorContent editor={editor} />
        </div>
      </div>
      {aside && <aside className="drafting-desk__aside">{aside(editor)}</aside>}
    </div>
  );
}
