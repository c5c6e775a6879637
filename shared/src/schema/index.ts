import { getSchema, type AnyExtension } from '@tiptap/core';
import Bold from '@tiptap/extension-bold';
import Italic from '@tiptap/extension-italic';
import Text from '@tiptap/extension-text';
import { Dropcursor, UndoRedo } from '@tiptap/extensions';
import { BriefParagraph } from './briefParagraph.ts';
import { BriefSectionHeading } from './briefSectionHeading.ts';
import { Doc } from './doc.ts';
import { DraftingCommands } from './draftingCommands.ts';
import { DraftingKeymap } from './draftingKeymap.ts';
import { OperativeParagraph } from './operativeParagraph.ts';
import { PidIntegrity } from './pidIntegrity.ts';
import { PreambularParagraph } from './preambularParagraph.ts';
import { SectionHeading } from './sectionHeading.ts';
import { SubPoint } from './subPoint.ts';
import { Title } from './title.ts';

export * from './nodeNames.ts';
export { newPid, newPidAvoiding } from './pid.ts';
export { assignUniquePids, withFreshPids } from './pidAssignment.ts';
export { PidIntegrity, pidIntegrityKey, pidIntegrityPlugin } from './pidIntegrity.ts';
export { DraftingCommands, type DraftingBlockType } from './draftingCommands.ts';
export { BRACKET_SHORTCUT, DraftingKeymap } from './draftingKeymap.ts';
export { checkCollaborationDocument, checkInsertedInline } from './yjsDocumentCheck.ts';
export { blockFingerprint, lockedBlockChange, lockedFingerprints, type LockedFingerprints } from './lockedBlocks.ts';
export { Doc, Title, SectionHeading, PreambularParagraph, OperativeParagraph, SubPoint, BriefSectionHeading, BriefParagraph };

export type PlainParagraphType = 'operativeParagraph' | 'preambularParagraph' | 'briefParagraph';

export interface DocumentExtensionsOptions {
  /** Local undo history. Leave off (the default) when Yjs provides undo through the Collaboration extension. */
  undoRedo?: boolean;
  /**
   * What a bare `<p>` pasted from another application becomes, and the block an empty document starts with.
   * Default `operativeParagraph`; use `briefParagraph` for issue briefs.
   */
  plainParagraphType?: PlainParagraphType;
}

/** The one extension list of the document model, for the browser editor and for headless use in Node. */
export function documentExtensions(options: DocumentExtensionsOptions = {}): AnyExtension[] {
  const plainType = options.plainParagraphType ?? 'operativeParagraph';
  const paragraphs = [OperativeParagraph, PreambularParagraph, BriefParagraph];
  // The first block type is ProseMirror's default block: an empty document starts with it.
  const plainFirst = [
    ...paragraphs.filter((node) => node.name === plainType).map((node) => node.configure({ parsesPlainParagraphs: true })),
    ...paragraphs.filter((node) => node.name !== plainType),
  ];

  return [
    // Only the parts of StarterKit the model uses: text, bold, italic, the drop cursor (and local undo when asked).
    Text,
    Bold,
    Italic,
    Dropcursor,
    ...(options.undoRedo ? [UndoRedo] : []),
    Doc,
    ...plainFirst,
    Title,
    SectionHeading,
    SubPoint,
    BriefSectionHeading,
    PidIntegrity,
    DraftingCommands,
    DraftingKeymap,
  ];
}

/** The ProseMirror schema of the document model (e.g. for Y.Doc conversion on the server). */
export const documentSchema = getSchema(documentExtensions());
