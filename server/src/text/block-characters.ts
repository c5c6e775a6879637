import * as Y from 'yjs';
import { blockFromYElement } from '@plenary/shared/document/index';

/** The Yjs id of one character (or one block element): the client that created it and its clock. */
export interface ItemId {
  client: number;
  clock: number;
}

/** Consecutive characters of a block's text created by one Yjs item: `offset` is where they start in the text. */
export interface CharacterRun extends ItemId {
  offset: number;
  length: number;
}

/** A block of a collaboration document with the ids behind it: its element's and its characters'. */
export interface IdentifiedBlock {
  element: ItemId | null;
  /** Runs covering the block's model text in order; empty when the two readings disagree (never expected). */
  characters: CharacterRun[];
}

/**
 * Block by block, the Yjs ids behind a collaboration document, aligned with the blocks of `modelFromYDoc` and
 * read the way it reads text (Y.XmlText runs in order, nested elements depth first), so that character `i` of
 * a block's model text was created by the id found at offset `i`.
 */
export function identifiedBlocks(doc: Y.Doc): IdentifiedBlock[] {
  const elements = doc
    .getXmlFragment('default')
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement);
  return elements.map((element) => {
    const characters: CharacterRun[] = [];
    const length = collectCharacters(element, characters, 0);
    const agrees = length === blockFromYElement(element).text.length;
    return { element: element._item ? { ...element._item.id } : null, characters: agrees ? characters : [] };
  });
}

/** Appends the runs of the element's text from `offset` on; returns the offset after them. */
function collectCharacters(element: Y.XmlElement, into: CharacterRun[], offset: number): number {
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) {
      for (let item = child._start; item !== null; item = item.right) {
        if (item.deleted || !(item.content instanceof Y.ContentString)) continue;
        into.push({ offset, length: item.length, client: item.id.client, clock: item.id.clock });
        offset += item.length;
      }
    } else if (child instanceof Y.XmlElement) {
      offset = collectCharacters(child, into, offset);
    }
  }
  return offset;
}
