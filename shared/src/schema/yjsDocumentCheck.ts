import * as Y from 'yjs';
import type { Schema } from '@tiptap/pm/model';
import { BRIEF_SECTION_KINDS, MAX_SUB_POINT_LEVEL, isNegotiableType } from './nodeNames.ts';

/**
 * Checks a collaboration document (fragment `default`, one Y.XmlElement per block) against the shared
 * schema before the server stores an update that produced it. A document that fails cannot be opened by
 * the editor, or hides paragraphs from numbering and proposals, so such an update must never be kept.
 *
 * The top level is checked (one attribute read per block), and block contents for the blocks named in `touched`,
 * or all of them when it is omitted. When the change left the structure alone (`structureChanged` false: no
 * block added, removed or moved, no attribute set), the top level is as it was, and only `touched` is read.
 */
export function checkCollaborationDocument(
  schema: Schema,
  fragment: Y.XmlFragment,
  touched?: ReadonlySet<Y.XmlElement>,
  structureChanged = true,
): string | null {
  if (touched && !structureChanged) return checkTouchedBlocks(schema, fragment, touched);
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

function checkTouchedBlocks(schema: Schema, fragment: Y.XmlFragment, touched: ReadonlySet<Y.XmlElement>): string | null {
  for (const block of touched) {
    // The pids did not change, so each block is checked alone for everything else.
    const problem = checkBlock(schema, block, new Set(), true);
    if (problem) return `Block ${fragment.toArray().indexOf(block) + 1} (${block.nodeName}): ${problem}`;
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
        if (!schema.marks[HASHED_MARK.exec(mark)?.[1] ?? mark]) return `unknown formatting "${mark}".`;
      }
    }
  }
  return null;
}
