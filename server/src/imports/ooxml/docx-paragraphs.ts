import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { UnreadableDocxError } from './docx-archive.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Who made a tracked change in Word, and when (as the file says: Word's own clock). */
export interface TrackedChange {
  kind: 'insertion' | 'deletion';
  author: string | null;
  date: string | null;
}

/** A stretch of a paragraph's text, with the tracked change it is part of (none: it stood before and stays). */
export interface DocxSegment {
  text: string;
  change: TrackedChange | null;
}

/** One paragraph of the Word body as it is stored, tracked changes included. */
export interface DocxParagraph {
  /** The paragraph style's id ("Heading1", "ListParagraph"); null for the default style. */
  styleId: string | null;
  /** Names of the bookmarks that start in it, or just before it between paragraphs. */
  bookmarks: string[];
  /** Whether its paragraph mark (the break after it) is itself a tracked insertion or deletion. */
  mark: TrackedChange | null;
  /** It carries Word list numbering (`w:numPr`), at this level (0 is the outermost). */
  listLevel: number | null;
  bold: boolean;
  segments: DocxSegment[];
}

/** Runs whose text is read; field codes, footnote marks and drawings are not part of the paragraph's words. */
const TEXT_ELEMENTS: Record<string, (element: Element) => string> = {
  t: (element) => element.textContent ?? '',
  delText: (element) => element.textContent ?? '',
  tab: () => '\t',
  br: () => ' ',
  cr: () => ' ',
  noBreakHyphen: () => '\u2011',
  softHyphen: () => '',
};

/** Containers whose children belong to the paragraph as if they stood in it directly. */
const TRANSPARENT = new Set(['hyperlink', 'smartTag', 'customXml', 'sdt', 'sdtContent', 'fldSimple', 'dir', 'bdo']);

/** Reads the body of `word/document.xml` into paragraphs, in order, descending into tables and content controls. */
export function readDocxParagraphs(documentXml: string): DocxParagraph[] {
  const problems: string[] = [];
  let body: Element | null = null;
  try {
    const dom = new DOMParser({ onError: (level, message) => level !== 'warning' && problems.push(message) }).parseFromString(
      documentXml,
      'text/xml',
    );
    body = dom.documentElement ? firstChild(dom.documentElement, 'body') : null;
  } catch {
    problems.push('unparsable');
  }
  if (problems.length > 0 || !body) throw new UnreadableDocxError('This Word file is damaged: its text cannot be read.');
  const paragraphs: DocxParagraph[] = [];
  let pendingBookmarks: string[] = [];
  const visit = (container: Element) => {
    for (const child of wordChildren(container)) {
      if (child.localName === 'p') {
        paragraphs.push(readParagraph(child, pendingBookmarks));
        pendingBookmarks = [];
      } else if (child.localName === 'bookmarkStart') {
        const name = child.getAttributeNS(W, 'name');
        if (name) pendingBookmarks.push(name);
      } else if (child.localName !== 'sectPr') {
        visit(child);
      }
    }
  };
  visit(body);
  return paragraphs;
}

function readParagraph(p: Element, bookmarksBefore: string[]): DocxParagraph {
  const properties = firstChild(p, 'pPr');
  const markProperties = properties ? firstChild(properties, 'rPr') : null;
  const numbering = properties ? firstChild(properties, 'numPr') : null;
  const level = numbering ? firstChild(numbering, 'ilvl')?.getAttributeNS(W, 'val') : null;
  const style = properties ? firstChild(properties, 'pStyle')?.getAttributeNS(W, 'val') : null;
  const paragraph: DocxParagraph = {
    styleId: style ?? null,
    bookmarks: [...bookmarksBefore],
    mark: markProperties ? changeOf(markProperties) : null,
    listLevel: numbering ? Number(level ?? 0) : null,
    bold: false,
    segments: [],
  };
  let boldChars = 0;
  let chars = 0;
  const add = (text: string, change: TrackedChange | null, bold: boolean) => {
    if (!text) return;
    chars += text.length;
    if (bold) boldChars += text.length;
    const last = paragraph.segments.at(-1);
    if (last && sameChange(last.change, change)) last.text += text;
    else paragraph.segments.push({ text, change });
  };
  const visit = (container: Element, change: TrackedChange | null) => {
    for (const child of wordChildren(container)) {
      const name = child.localName;
      if (name === 'bookmarkStart') {
        const bookmark = child.getAttributeNS(W, 'name');
        if (bookmark) paragraph.bookmarks.push(bookmark);
      } else if (name === 'ins' || name === 'moveTo') visit(child, trackedChange(child, 'insertion'));
      else if (name === 'del' || name === 'moveFrom') visit(child, trackedChange(child, 'deletion'));
      else if (name === 'r') readRun(child, change, add);
      else if (TRANSPARENT.has(name ?? '')) visit(child, change);
    }
  };
  visit(p, null);
  paragraph.bold = chars > 0 && boldChars === chars;
  return paragraph;
}

function readRun(run: Element, change: TrackedChange | null, add: (text: string, change: TrackedChange | null, bold: boolean) => void) {
  const properties = firstChild(run, 'rPr');
  const boldElement = properties ? firstChild(properties, 'b') : null;
  const bold = boldElement !== null && !['0', 'false', 'off'].includes(boldElement.getAttributeNS(W, 'val') ?? '');
  for (const child of wordChildren(run)) {
    const read = TEXT_ELEMENTS[child.localName ?? ''];
    if (read) add(read(child), change, bold);
  }
}

function changeOf(properties: Element): TrackedChange | null {
  const inserted = firstChild(properties, 'ins');
  if (inserted) return trackedChange(inserted, 'insertion');
  const deleted = firstChild(properties, 'del');
  return deleted ? trackedChange(deleted, 'deletion') : null;
}

function trackedChange(element: Element, kind: TrackedChange['kind']): TrackedChange {
  return { kind, author: element.getAttributeNS(W, 'author') || null, date: element.getAttributeNS(W, 'date') || null };
}

function sameChange(a: TrackedChange | null, b: TrackedChange | null): boolean {
  if (!a || !b) return a === b;
  return a.kind === b.kind && a.author === b.author && a.date === b.date;
}

function wordChildren(element: Element): Element[] {
  const out: Element[] = [];
  for (let node: Node | null = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).namespaceURI === W) out.push(node as Element);
  }
  return out;
}

function firstChild(element: Element, localName: string): Element | null {
  return wordChildren(element).find((child) => child.localName === localName) ?? null;
}
