import * as Y from 'yjs';
import type { Schema } from '@tiptap/pm/model';
import { BRIEF_SECTION_KINDS, MAX_SUB_POINT_LEVEL, isNegotiableType } from './nodeNames.ts';

/**
 * Checks a collaboration document (fragment `default`, one Y.XmlElement per block) against the shared
 * schema before the server stores an update that produced it. A document that fails cannot be opened by
 * the editor, or hides paragraphs from numbering and proposals, so such an update must never be kept.
 *
 * The top level is always checked (cheap: one attribute read per block); block contents only for the
 * blocks named in `touched`, or all of them when it is omitted. A change that leaves the structure alone is
 * checked item by item instead (`checkInsertedInline`).
 */
export function checkCollaborationDocument(schema: Schema, fragment: Y.XmlFragment, touched?: ReadonlySet<Y.XmlElement>): string | null {
  const pids = new Set<string>();
  let index = 0;
  for (const child of fragment.toArray()) {
    index++;
    if (!(child instanceof Y.XmlElement)) return `Block ${index} is not an element: text cannot stand at the root.`;
    const problem = checkBlock(schema, child, pids, !touched || touched.has(child));
    if (problem) return `Block ${index} (${child.nodeName}): ${problem}`;
  }
  return null;
}

/**
 * Values an attribute may take where the two sides would otherwise read a wrong one differently: the editor
 * numbers a sub-point whose level is not a number as level 1, the server's numbering converts it.
 */
const VALID_VALUES: Record<string, (value: unknown) => boolean> = {
  level: (value) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_SUB_POINT_LEVEL,
  kind: (value) => (BRIEF_SECTION_KINDS as readonly unknown[]).includes(value),
};

function checkBlock(schema: Schema, block: Y.XmlElement, pids: Set<string>, deep: boolean): string | null {
  const type = schema.nodes[block.nodeName];
  if (!type || !type.isBlock || type.name === schema.topNodeType.name) return 'unknown block type.';
  const attributes = storedAttributes(block);
  const allowed = type.spec.attrs ?? {};
  for (const [name, value] of attributes) {
    if (!Object.hasOwn(allowed, name)) return `unknown attribute "${name}".`;
    if (typeof value === 'object' && value !== null) return `attribute "${name}" must be a plain value.`;
    if (Object.hasOwn(VALID_VALUES, name) && !VALID_VALUES[name]!(value)) return `attribute "${name}" has an invalid value.`;
  }
  if (isNegotiableType(type.name)) {
    const pid = attributes.get('pid');
    if (typeof pid !== 'string' || pid.length === 0 || pid.length > 64) return 'a paragraph needs a pid.';
    if (pids.has(pid)) return `the pid ${pid} is used twice.`;
    pids.add(pid);
  }
  return deep ? checkInlineContent(schema, block) : null;
}

/**
 * Every attribute as stored. Not `getAttributes()`: it assigns each name into a plain object, where an
 * attribute named `__proto__` becomes the prototype and its keys (a `pid`, say) seem to be the block's own.
 */
function storedAttributes(block: Y.XmlElement): Map<string, unknown> {
  const attributes = new Map<string, unknown>();
  block._map.forEach((item, name) => {
    if (!item.deleted) attributes.set(name, block.getAttribute(name));
  });
  return attributes;
}

/** How the editor binding reads a mark's name from a text attribute: overlapping marks carry an 8-character hash. */
const HASHED_MARK = /(.*)(--[a-zA-Z0-9+/=]{8})$/;

function unknownMark(schema: Schema, mark: string): boolean {
  return !schema.marks[HASHED_MARK.exec(mark)?.[1] ?? mark];
}

/**
 * Checks what a change inserted inside existing blocks, item by item, for a change that left the structure alone:
 * the rest of each block is as it was, so typing costs the keystroke, not the paragraph's length. `items` are
 * the change's new Yjs items; `blockOf` gives the top-level block an item's type lies in.
 */
export function checkInsertedInline(
  schema: Schema,
  fragment: Y.XmlFragment,
  items: Iterable<Y.Item>,
  blockOf: (type: Y.AbstractType<unknown>) => Y.XmlElement | null,
): string | null {
  for (const item of items) {
    if (item.deleted) continue;
    const problem = insertedItemProblem(schema, item);
    if (!problem) continue;
    const block = blockOf(item.parent as Y.AbstractType<unknown>);
    return block ? `Block ${fragment.toArray().indexOf(block) + 1} (${block.nodeName}): ${problem}` : problem;
  }
  return null;
}

function insertedItemProblem(schema: Schema, item: Y.Item): string | null {
  const parent = item.parent;
  if (parent instanceof Y.XmlText) {
    if (item.parentSub !== null) return 'text carries attributes, which the editor never writes.';
    const content = item.content;
    if (content instanceof Y.ContentString) return null;
    if (content instanceof Y.ContentFormat) {
      if (content.key === '__proto__') return 'unknown formatting "__proto__".';
      return unknownMark(schema, content.key) ? `unknown formatting "${content.key}".` : null;
    }
    return 'embedded objects are not allowed in text.';
  }
  if (parent instanceof Y.XmlElement) {
    // A block's own attributes are a change of structure, checked with the whole top level.
    if (item.parentSub !== null) return null;
    return item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlText
      ? null
      : 'only text may stand inside a paragraph.';
  }
  return 'only text may stand inside a paragraph.';
}

function checkInlineContent(schema: Schema, block: Y.XmlElement): string | null {
  for (const child of block.toArray()) {
    if (!(child instanceof Y.XmlText)) return 'only text may stand inside a paragraph.';
    // The editor never sets attributes on a text node: any would be data hidden from every reader of the text.
    if (Object.keys(child.getAttributes()).length > 0) return 'text carries attributes, which the editor never writes.';
    for (const op of child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
      if (typeof op.insert !== 'string') return 'embedded objects are not allowed in text.';
      const attributes = op.attributes ?? {};
      // A `__proto__` attribute becomes the prototype of this object; the editor would read marks from it.
      if (Object.getPrototypeOf(attributes) !== Object.prototype) return 'unknown formatting "__proto__".';
      for (const mark of Object.keys(attributes)) {
        if (unknownMark(schema, mark)) return `unknown formatting "${mark}".`;
      }
    }
  }
  return null;
}
