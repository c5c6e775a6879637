import type { JSONContent } from '@tiptap/core';
import type { NegotiableNodeType } from '../schema/nodeNames.ts';
import { modelFromProsemirrorJSON } from './fromProsemirrorJSON.ts';
import type { DocumentModel } from './model.ts';

export interface DocumentParagraph {
  pid: string;
  type: NegotiableNodeType;
  /** The numbering label ("PP3", "OP12", "OP12(a)", "¶4"); "" for section headings. */
  number: string;
  text: string;
}

/** Every negotiable block of the model with its number, in document order. */
export function modelParagraphs(model: DocumentModel): DocumentParagraph[] {
  return model.blocks.flatMap(({ pid, type, number, text }) =>
    pid ? [{ pid, type: type as NegotiableNodeType, number: number ?? '', text }] : [],
  );
}

/** Every negotiable block of a document (ProseMirror JSON) with its computed number, in document order. */
export function documentParagraphs(json: JSONContent): DocumentParagraph[] {
  return modelParagraphs(modelFromProsemirrorJSON(json));
}
