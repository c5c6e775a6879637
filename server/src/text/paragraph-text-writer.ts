import * as Y from 'yjs';
import { applyTextChange } from '@plenary/shared/diff/index';
import { blockFromYElement } from '@plenary/shared/document/index';
import { newPidAvoiding } from '@plenary/shared/schema/index';

/**
 * Server-side edits of single paragraphs in a Tiptap collaboration document (fragment 'default': one
 * Y.XmlElement per block, attribute `pid`, its text in Y.XmlText runs carrying the marks as attributes).
 * Call these inside `rooms.change(...)` so the edit is logged and broadcast like any other update.
 */

export class MissingParagraphError extends Error {
  constructor(readonly pid: string) {
    super(`The paragraph ${pid} is no longer in the document.`);
  }
}

interface FoundElement {
  element: Y.XmlElement;
  index: number;
}

function fragmentOf(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment('default');
}

export function findParagraphElement(doc: Y.Doc, pid: string): FoundElement | undefined {
  const children = fragmentOf(doc).toArray();
  const index = children.findIndex((node) => node instanceof Y.XmlElement && node.getAttribute('pid') === pid);
  return index === -1 ? undefined : { element: children[index] as Y.XmlElement, index };
}

function requireParagraph(doc: Y.Doc, pid: string): FoundElement {
  const found = findParagraphElement(doc, pid);
  if (!found) throw new MissingParagraphError(pid);
  return found;
}

function textRuns(element: Y.XmlElement): Y.XmlText[] {
  return element.toArray().filter((node): node is Y.XmlText => node instanceof Y.XmlText);
}

function runText(run: Y.XmlText): string {
  return (run.toDelta() as { insert: unknown }[]).map((d) => (typeof d.insert === 'string' ? d.insert : '')).join('');
}

/** The plain text of a paragraph (marks dropped), as the API and the diff see it; undefined when it is gone. */
export function readParagraphText(doc: Y.Doc, pid: string): string | undefined {
  const found = findParagraphElement(doc, pid);
  return found && blockFromYElement(found.element).text;
}

/**
 * Rewrites a paragraph to `text` with the smallest splices, so untouched words keep their formatting and
 * concurrent edits elsewhere in the paragraph merge. A replacement keeps the formatting shared by the
 * words it replaces; a pure insertion keeps the formatting shared by its two neighbours, so words added
 * inside an italic phrase are italic and words added at its edge are plain.
 */
export function writeParagraphText(doc: Y.Doc, pid: string, text: string): void {
  const { element } = requireParagraph(doc, pid);
  let runs = textRuns(element);
  if (runs.length === 0) {
    element.insert(0, [new Y.XmlText()]);
    runs = textRuns(element);
  }
  const before = runs.map(runText).join('');
  const splices = applyTextChange(before, text);
  for (const { index, deleteCount, insert } of splices.toReversed()) {
    spliceRuns(runs, index, deleteCount, insert);
  }
}

type Attributes = Record<string, unknown>;

/** A run with where it starts in the joined text. */
interface PlacedRun {
  run: Y.XmlText;
  start: number;
}

/** One splice over text split across runs; positions are those of the joined text before the splice. */
function spliceRuns(runs: Y.XmlText[], index: number, deleteCount: number, insert: string): void {
  const placed: PlacedRun[] = [];
  let offset = 0;
  for (const run of runs) {
    placed.push({ run, start: offset });
    offset += run.length;
  }
  const end = index + deleteCount;
  const attributes = insert ? insertedAttributes(placed, index, end, offset) : {};
  for (const { run, start } of placed) {
    const from = Math.max(index, start);
    const to = Math.min(end, start + run.length);
    if (to > from) run.delete(from - start, to - from);
  }
  if (!insert) return;
  // Deleting at or after `index` leaves positions before it unchanged, so the run's start still holds.
  const target = placed.find(({ run, start }) => index >= start && index <= start + run.length) ?? placed.at(-1);
  if (!target) return;
  target.run.insert(Math.min(index - target.start, target.run.length), insert, attributes);
}

function insertedAttributes(placed: PlacedRun[], index: number, end: number, length: number): Attributes {
  const at = (position: number): Attributes => {
    if (position < 0 || position >= length) return {};
    const holder = placed.findLast(({ start }) => start <= position);
    return holder ? attributesAt(holder.run, position - holder.start) : {};
  };
  if (end > index) {
    let shared = at(index);
    for (let position = index + 1; position < end; position++) shared = intersect(shared, at(position));
    return shared;
  }
  return intersect(at(index - 1), at(index));
}

function attributesAt(run: Y.XmlText, index: number): Attributes {
  let offset = 0;
  for (const op of run.toDelta() as { insert: unknown; attributes?: Attributes }[]) {
    const size = typeof op.insert === 'string' ? op.insert.length : 1;
    if (index < offset + size) return op.attributes ?? {};
    offset += size;
  }
  return {};
}

function intersect(a: Attributes, b: Attributes): Attributes {
  const shared: Attributes = {};
  for (const [key, value] of Object.entries(a)) {
    if (key in b && JSON.stringify(b[key]) === JSON.stringify(value)) shared[key] = value;
  }
  return shared;
}

/** Removes the paragraph's block. */
export function deleteParagraph(doc: Y.Doc, pid: string): void {
  const { index } = requireParagraph(doc, pid);
  fragmentOf(doc).delete(index, 1);
}

/** A pid no block of the document has. */
export function unusedPid(doc: Y.Doc): string {
  const taken = new Set<string>();
  for (const node of fragmentOf(doc).toArray()) {
    const pid = node instanceof Y.XmlElement ? node.getAttribute('pid') : undefined;
    if (typeof pid === 'string') taken.add(pid);
  }
  return newPidAvoiding(taken);
}

const PARENT_TYPES = new Set(['preambularParagraph', 'operativeParagraph']);
const levelOf = (element: Y.XmlElement) => Number(element.getAttribute('level') ?? 1);

/**
 * Where a block added after the anchor goes: past the anchor's own sub-points, and past the blocks of its kind
 * added after it since the last revision (`isNew`), so that 11ter follows 11bis and no number moves.
 */
export function insertionIndexAfter(doc: Y.Doc, anchorPid: string, isNew: (pid: string) => boolean): number {
  const { element: anchor, index } = requireParagraph(doc, anchorPid);
  const children = fragmentOf(doc).toArray();
  const ownsSubPoints = PARENT_TYPES.has(anchor.nodeName);
  let at = index + 1;
  for (; at < children.length; at++) {
    const next = children[at];
    if (!(next instanceof Y.XmlElement)) break;
    const underAnchor = next.nodeName === 'subPoint' && (ownsSubPoints || levelOf(next) > levelOf(anchor));
    const addedAfterIt = next.nodeName === anchor.nodeName && levelOf(next) === levelOf(anchor) && isNew(next.getAttribute('pid') ?? '');
    if (!underAnchor && !addedAfterIt) break;
  }
  return at;
}

/**
 * Adds a block of the anchor's node type (and its attributes, such as a sub-point's level) after it, at
 * `at` (by default right after it), with the given plain text and a fresh pid (chosen beforehand when the
 * caller records it). Returns the pid.
 */
export function insertParagraphAfter(doc: Y.Doc, anchorPid: string, text: string, pid = unusedPid(doc), at?: number): string {
  const { element: anchor, index } = requireParagraph(doc, anchorPid);
  if (findParagraphElement(doc, pid)) throw new Error(`The pid ${pid} is already taken.`);
  const block = new Y.XmlElement(anchor.nodeName);
  fragmentOf(doc).insert(at ?? index + 1, [block]);
  for (const [name, value] of Object.entries(anchor.getAttributes())) {
    if (name !== 'pid') block.setAttribute(name, value as string);
  }
  block.setAttribute('pid', pid);
  const run = new Y.XmlText();
  block.insert(0, [run]);
  run.insert(0, text);
  return pid;
}

/**
 * Adds a brief paragraph at the end of the section a heading opens (before the next heading of its kind, or at
 * the end of the document), with the given plain text and pid. Returns the pid.
 */
export function insertParagraphInSection(doc: Y.Doc, headingPid: string, text: string, pid: string, nodeName: string): string {
  const { element: heading, index } = requireParagraph(doc, headingPid);
  if (findParagraphElement(doc, pid)) throw new Error(`The pid ${pid} is already taken.`);
  const children = fragmentOf(doc).toArray();
  let at = index + 1;
  while (at < children.length) {
    const next = children[at];
    if (next instanceof Y.XmlElement && next.nodeName === heading.nodeName) break;
    at++;
  }
  const block = new Y.XmlElement(nodeName);
  fragmentOf(doc).insert(at, [block]);
  block.setAttribute('pid', pid);
  const run = new Y.XmlText();
  block.insert(0, [run]);
  run.insert(0, text);
  return pid;
}
