import type { DocumentKind } from '@plenary/shared/domain/index';
import type { AnyExtension } from '@tiptap/core';
import { EditorContent, type Editor } from '@tiptap/react';
import { useCallback, type ReactNode } from 'react';
import { Outline, type ParagraphCounts } from '../components/Outline.tsx';
import type { Collaboration } from '../hooks/useCollaboration.ts';
import { useOutline } from '../hooks/useOutline.ts';
import type { PresenceUser } from '../hooks/usePresence.ts';
import { DeskPanel } from '../layout/DeskPanel.tsx';
import type { PanelLayout } from '../layout/usePanelLayout.ts';
import { revealParagraph } from './paragraphSpotlight.ts';
import { Toolbar } from './Toolbar.tsx';
import { useDraftEditor } from './useDraftEditor.ts';

interface Props {
  live: Collaboration;
  kind: DocumentKind;
  canEdit: boolean;
  user: PresenceUser;
  /** Which panels beside the text are open, and where they go. */
  panels: PanelLayout;
  /** Receives the desk's element, whose width decides whether the panels fit beside the text. */
  deskRef: (element: HTMLElement | null) => void;
  counts?: ParagraphCounts;
  extensions?: AnyExtension[];
  /** The side panel beside the text (proposals, comments), given the live editor. */
  aside?: (editor: Editor) => ReactNode;
}

/** The outline beside the text; the toolbar above it for pen-holders only. */
export function DraftingDesk({ live, kind, canEdit, user, panels, deskRef, counts, extensions, aside }: Props) {
  const editor = useDraftEditor({ live, kind, canEdit, user, extensions });
  const outline = useOutline(editor);
  const jump = useCallback((pid: string) => revealParagraph(editor, pid), [editor]);
  const { placement, stacked } = panels;

  return (
    <div
      className="drafting-desk"
      ref={deskRef}
      data-layout={stacked ? 'stacked' : 'beside'}
      data-outline={placement.outline}
      data-aside={aside ? placement.aside : 'none'}
    >
      <DeskPanel panel="outline" label="Paragraphs" layout={panels}>
        <Outline entries={outline} onJump={jump} counts={counts} />
      </DeskPanel>
      <div className="drafting-desk__text">
        {canEdit && (
          <div className="drafting-desk__toolbar">
            <Toolbar editor={editor} kind={kind} />
          </div>
        )}
        <div className="editor-frame" data-testid="editor" data-editable={canEdit} data-kind={kind}>
          <EditorContent editor={editor} />
        </div>
      </div>
      {aside && (
        <DeskPanel panel="aside" label="Side panel" layout={panels}>
          {aside(editor)}
        </DeskPanel>
      )}
    </div>
  );
}
