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
  /** The style's name as Word shows it ("heading 1", "Title"), when the file defines it. */
  styleName: string | null;
  /** The outline level a heading has (0 is the top), from the paragraph or its style; null for body text. */
  outlineLevel: number | null;
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

/** What a paragraph style says about the paragraphs that use it. */
interface StyleFacts {
  name: string | null;
  outlineLevel: number | null;
  bold: boolean;
}

/**
 * Reads the body of `word/document.xml` into paragraphs, in order, descending into tables and content controls.
 * With `word/styles.xml`, each paragraph also knows what its style makes it: a title, a heading, bold text.
 */
export function readDocxParagraphs(documentXml: string, stylesXml: string | null = null): DocxParagraph[] {
  const root = parseWordXml(documentXml);
  const body = root ? firstChild(root, 'body') : null;
  if (!body) throw new UnreadableDocxError('This Word file is damaged: its text cannot be read.');
  const styles = stylesXml ? readStyles(stylesXml) : new Map<string, StyleFacts>();
  const paragraphs: DocxParagraph[] = [];
  let pendingBookmarks: string[] = [];
  const visit = (container: Element) => {
    for (const child of wordChildren(container)) {
      if (child.localName === 'p') {
        paragraphs.push(readParagraph(child, pendingBookmarks, styles));
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

function readParagraph(p: Element, bookmarksBefore: string[], styles: ReadonlyMap<string, StyleFacts>): DocxParagraph {
  const properties = firstChild(p, 'pPr');
  const markProperties = properties ? firstChild(properties, 'rPr') : null;
  const numbering = properties ? firstChild(properties, 'numPr') : null;
  const level = numbering ? firstChild(numbering, 'ilvl')?.getAttributeNS(W, 'val') : null;
  const style = properties ? firstChild(properties, 'pStyle')?.getAttributeNS(W, 'val') : null;
  const facts = style ? styles.get(style) : undefined;
  const paragraph: DocxParagraph = {
    styleId: style ?? null,
    styleName: facts?.name ?? null,
    outlineLevel: (properties ? outlineLevelOf(properties) : null) ?? facts?.outlineLevel ?? null,
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
    if (bold || facts?.bold) boldChars += text.length;
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

function parseWordXml(xml: string): Element | null {
  const problems: string[] = [];
  try {
    const dom = new DOMParser({ onError: (level, message) => level !== 'warning' && problems.push(message) }).parseFromString(
      xml,
      'text/xml',
    );
    return problems.length === 0 ? (dom.documentElement ?? null) : null;
  } catch {
    return null;
  }
}

/** The paragraph styles of `word/styles.xml`, with what each inherits from the style it is based on. */
function readStyles(stylesXml: string): Map<string, StyleFacts> {
  const root = parseWordXml(stylesXml);
  const own = new Map<string, StyleFacts & { basedOn: string | null }>();
  for (const style of root ? wordChildren(root).filter((e) => e.localName === 'style') : []) {
    const id = style.getAttributeNS(W, 'styleId');
    if (!id || style.getAttributeNS(W, 'type') !== 'paragraph') continue;
    const properties = firstChild(style, 'pPr');
    const runProperties = firstChild(style, 'rPr');
    own.set(id, {
      name: firstChild(style, 'name')?.getAttributeNS(W, 'val') ?? null,
      outlineLevel: properties ? outlineLevelOf(properties) : null,
      bold: runProperties ? isOn(firstChild(runProperties, 'b')) : false,
      basedOn: firstChild(style, 'basedOn')?.getAttributeNS(W, 'val') ?? null,
    });
  }
  const resolved = new Map<string, StyleFacts>();
  const resolve = (id: string, depth = 0): StyleFacts | undefined => {
    const style = own.get(id);
    if (!style || depth > 20) return undefined;
    const parent = style.basedOn ? resolve(style.basedOn, depth + 1) : undefined;
    return {
      name: style.name,
      outlineLevel: style.outlineLevel ?? parent?.outlineLevel ?? null,
      bold: style.bold || (parent?.bold ?? false),
    };
  };
  for (const id of own.keys()) resolved.set(id, resolve(id)!);
  return resolved;
}

/** Word's outline level 9 means body text. */
function outlineLevelOf(properties: Element): number | null {
  const value = firstChild(properties, 'outlineLvl')?.getAttributeNS(W, 'val');
  const level = value === undefined || value === null ? NaN : Number(value);
  return Number.isInteger(level) && level < 9 ? level : null;
}

function isOn(element: Element | null): boolean {
  return element !== null && !['0', 'false', 'off'].includes(element.getAttributeNS(W, 'val') ?? '');
}

function readRun(run: Element, change: TrackedChange | null, add: (text: string, change: TrackedChange | null, bold: boolean) => void) {
  const properties = firstChild(run, 'rPr');
  const bold = isOn(properties ? firstChild(properties, 'b') : null);
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
