import { documentExtensions } from '@plenary/shared/schema/index';
import type { DocumentKind } from '@plenary/shared/domain/index';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { AnyExtension } from '@tiptap/core';
import { useEditor, type Editor } from '@tiptap/react';
import { useEffect, useMemo } from 'react';
import type { Collaboration as LiveDocument } from '../hooks/useCollaboration.ts';
import type { PresenceUser } from '../hooks/usePresence.ts';
import { renderCaret, renderSelection } from './caret.ts';
import { CaretActivity, CaretActivityMarks } from './caretActivity.ts';
import { ParagraphNumbers } from './paragraphNumbers.ts';
import { ParagraphSpotlight } from './paragraphSpotlight.ts';
import { ReaderCaret } from './readerCaret.ts';
import { StructuredPaste } from './paste/structuredPaste.ts';
import { DOCUMENT_TEXT_ID } from './documentTextId.ts';

interface Options {
  live: LiveDocument;
  kind: DocumentKind;
  canEdit: boolean;
  user: PresenceUser;
  /** Feature layers (tracked changes, comment markers). Must be stable: the editor is built once per document. */
  extensions?: AnyExtension[];
}

/**
 * The drafting editor bound to the live Y.Doc. Pen-holders and readers get the very same editor,
 * so the read-only view renders identically; only `editable` differs.
 */
export function useDraftEditor({ live, kind, canEdit, user, extensions = [] }: Options): Editor {
  const activity = useMemo(() => new CaretActivity(live.provider.awareness), [live]);
  const editor = useEditor(
    {
      extensions: [
        ...documentExtensions({ plainParagraphType: kind === 'brief' ? 'briefParagraph' : 'operativeParagraph' }),
        Collaboration.configure({ document: live.doc }),
        CollaborationCaret.configure({
          provider: live.provider,
          user,
          render: (caretUser) => renderCaret(caretUser, activity),
          selectionRender: renderSelection,
        }),
        CaretActivityMarks.configure({ activity }),
        ParagraphNumbers,
        ParagraphSpotlight,
        ReaderCaret,
        StructuredPaste,
        ...extensions,
      ],
      editable: canEdit,
      editorProps: {
        // Keep the caret clear of the sticky top bar, room bar and toolbar when typing scrolls the page.
        scrollThreshold: { top: 200, bottom: 48, left: 0, right: 0 },
        scrollMargin: { top: 200, bottom: 48, left: 0, right: 0 },
        attributes: {
          id: DOCUMENT_TEXT_ID,
          // Focusable when read only too: readers move a caret and select words from the keyboard (ReaderCaret).
          tabindex: '0',
          class: `draft-text draft-text--${kind}`,
          'aria-label': canEdit ? 'Document text' : 'Document text (read only)',
          spellcheck: canEdit ? 'true' : 'false',
        },
      },
    },
    [live, kind],
  );

  useEffect(() => {
    if (editor.isEditable !== canEdit) editor.setEditable(canEdit);
  }, [editor, canEdit]);

  useEffect(() => {
    editor.commands.updateUser(user);
  }, [editor, user]);

  return editor;
}
