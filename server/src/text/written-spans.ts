import * as Y from 'yjs';
import { findParagraphElement } from './paragraph-text-writer.ts';

/** A stretch of a paragraph's current text written by one Yjs client id, in clock order. */
export interface WrittenSpan {
  text: string;
  clientId: number;
  /** The clock of the span's first character. */
  clock: number;
}

/**
 * The visible text of a paragraph split by the client id that wrote each character, read from the Yjs
 * items themselves (every character keeps the id of the client that inserted it; gc is off). Undefined
 * when the paragraph is not in the document.
 */
export function writtenSpans(doc: Y.Doc, pid: string): WrittenSpan[] | undefined {
  const found = findParagraphElement(doc, pid);
  if (!found) return undefined;
  const spans: WrittenSpan[] = [];
  for (const run of found.element.toArray()) {
    if (!(run instanceof Y.XmlText)) continue;
    for (let item = run._start; item !== null; item = item.right) {
      if (item.deleted || !(item.content instanceof Y.ContentString)) continue;
      const text = item.content.str;
      const last = spans[spans.length - 1];
      if (last && last.clientId === item.id.client && last.clock + last.text.length === item.id.clock) last.text += text;
      else spans.push({ text, clientId: item.id.client, clock: item.id.clock });
    }
  }
  return spans;
}
