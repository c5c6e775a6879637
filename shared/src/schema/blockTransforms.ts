import type { Attrs, Node as PMNode, NodeType } from '@tiptap/pm/model';
import type { Selection, Transaction } from '@tiptap/pm/state';
import { clampSubPointLevel } from './blockAttributes.ts';
import {
  BRIEF_PARAGRAPH,
  BRIEF_SECTION_HEADING,
  OPERATIVE_PARAGRAPH,
  PREAMBULAR_PARAGRAPH,
  SECTION_HEADING,
  SUB_POINT,
  isSubPointParentType,
} from './nodeNames.ts';
import { newPid } from './pid.ts';

export interface PlacedBlock {
  node: PMNode;
  pos: number;
  /** Index among the children of its parent (the doc). */
  index: number;
}

/** The text blocks the selection touches, in document order. */
export function selectedBlocks(doc: PMNode, selection: Selection): PlacedBlock[] {
  const blocks: PlacedBlock[] = [];
  doc.nodesBetween(selection.from, selection.to, (node, pos, _parent, index) => {
    if (node.isTextblock) blocks.push({ node, pos, index });
    return !node.isTextblock;
  });
  return blocks;
}

export interface BlockAttributeChoice {
  level?: number;
  kind?: string;
}

/** Attributes for `node` turned into `type`: the pid (the paragraph's identity) survives every change of type. */
export function attributesForType(type: NodeType, node: PMNode, choice: BlockAttributeChoice = {}): Attrs {
  const wanted: Record<string, unknown> = {
    pid: node.attrs.pid,
    level: clampSubPointLevel(choice.level ?? node.attrs.level ?? 1),
    kind: choice.kind ?? node.attrs.kind,
  };
  const attrs: Record<string, unknown> = {};
  for (const name of Object.keys(type.spec.attrs ?? {})) {
    if (wanted[name] !== undefined) attrs[name] = wanted[name];
  }
  return attrs;
}

/** The operative or preambular paragraph a sub-point at `index` hangs under, if any. */
export function parentParagraphType(doc: PMNode, index: number): string | null {
  for (let i = index - 1; i >= 0; i--) {
    const name = doc.child(i).type.name;
    if (isSubPointParentType(name)) return name;
  }
  return null;
}

function documentIsBrief(doc: PMNode): boolean {
  let brief = false;
  doc.forEach((node) => {
    if (node.type.name === BRIEF_PARAGRAPH || node.type.name === BRIEF_SECTION_HEADING) brief = true;
  });
  return brief;
}

const bodyTypes = new Set([PREAMBULAR_PARAGRAPH, OPERATIVE_PARAGRAPH, BRIEF_PARAGRAPH]);

/** The paragraph type that follows the heading or title at `index` when Enter is pressed in it. */
export function bodyTypeAfter(doc: PMNode, index: number): string {
  const next = doc.maybeChild(index + 1);
  if (next && bodyTypes.has(next.type.name)) return next.type.name;
  const current = doc.child(index).type.name;
  if (current === SECTION_HEADING) return OPERATIVE_PARAGRAPH;
  if (current === BRIEF_SECTION_HEADING) return BRIEF_PARAGRAPH;
  return documentIsBrief(doc) ? BRIEF_PARAGRAPH : PREAMBULAR_PARAGRAPH;
}

/** Operative/preambular → sub-point (a); sub-point level 1 → level 2. Returns whether anything changed. */
export function indentBlocks(tr: Transaction, blocks: PlacedBlock[]): boolean {
  const subPoint = tr.doc.type.schema.nodes[SUB_POINT];
  if (!subPoint) return false;
  let changed = false;
  for (const { node, pos } of blocks) {
    const name = node.type.name;
    if (isSubPointParentType(name)) {
      tr.setNodeMarkup(pos, subPoint, attributesForType(subPoint, node, { level: 1 }));
      changed = true;
    } else if (name === SUB_POINT && node.attrs.level < 2) {
      tr.setNodeAttribute(pos, 'level', node.attrs.level + 1);
      changed = true;
    }
  }
  return changed;
}

/** Sub-point level 2 → level 1; level 1 → the type of its parent paragraph (operative when there is none). */
export function outdentBlocks(tr: Transaction, blocks: PlacedBlock[]): boolean {
  const schema = tr.doc.type.schema;
  const original = tr.doc;
  let changed = false;
  for (const { node, pos, index } of blocks) {
    if (node.type.name !== SUB_POINT) continue;
    if (node.attrs.level > 1) {
      tr.setNodeAttribute(pos, 'level', node.attrs.level - 1);
    } else {
      const type = schema.nodes[parentParagraphType(original, index) ?? OPERATIVE_PARAGRAPH];
      if (!type) continue;
      tr.setNodeMarkup(pos, type, attributesForType(type, node));
    }
    changed = true;
  }
  return changed;
}

/** The attributes of `node` with a fresh pid (when the type has one): a new paragraph of the same kind. */
export function freshCopyAttributes(node: PMNode): Attrs {
  if (!('pid' in (node.type.spec.attrs ?? {}))) return node.attrs;
  return { ...node.attrs, pid: newPid() };
}
