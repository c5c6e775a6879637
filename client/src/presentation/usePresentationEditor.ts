import { documentExtensions } from '@plenary/shared/schema/index';
import type { DocumentKind } from '@plenary/shared/domain/index';
import Collaboration from '@tiptap/extension-collaboration';
import type { AnyExtension } from '@tiptap/core';
import { useEditor, type Editor } from '@tiptap/react';
import type { Collaboration as LiveDocument } from '../hooks/useCollaboration.ts';
import { ParagraphNumbers } from '../editor/paragraphNumbers.ts';
import { FollowedHighlight } from './followedHighlight.ts';

/**
 * The live text for the room's screen: the same schema and numbers as the drafting room, never editable,
 * and without carets, so the screen shows the text and nothing else. It publishes no presence of its own.
 */
/** `extensions` (statuses, brackets) must be stable: the editor is built once per document. */
export function usePresentationEditor(live: LiveDocument, kind: DocumentKind, extensions: AnyExtension[] = []): Editor {
  return useEditor(
    {
      extensions: [
        ...documentExtensions({ plainParagraphType: kind === 'brief' ? 'briefParagraph' : 'operativeParagraph' }),
        Collaboration.configure({ document: live.doc }),
        ParagraphNumbers,
        FollowedHighlight,
        ...extensions,
      ],
      editable: false,
      editorProps: {
        attributes: { class: `draft-text draft-text--${kind} presentation-text`, 'aria-label': 'Document text (read only)' },
      },
    },
    [live, kind],
  );
}
