import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { isNegotiableType } from './nodeNames.ts';
import { newPid, newPidAvoiding } from './pid.ts';

interface PidSlot {
  pos: number;
  pid: unknown;
}

function negotiableSlots(doc: PMNode): PidSlot[] {
  const slots: PidSlot[] = [];
  doc.descendants((node, pos) => {
    if (isNegotiableType(node.type.name)) slots.push({ pos, pid: node.attrs.pid });
    // Blocks are text blocks: never walk into their inline content.
    return !node.isTextblock;
  });
  return slots;
}

/**
 * Gives every negotiable block of `tr.doc` a pid and makes pids unique: the first block in document order
 * keeps a contested pid (so after a split the first half keeps it), later ones get fresh ids.
 * Returns whether anything changed.
 */
export function assignUniquePids(tr: Transaction): boolean {
  const slots = negotiableSlots(tr.doc);
  const taken = new Set<string>();
  for (const slot of slots) if (typeof slot.pid === 'string' && slot.pid) taken.add(slot.pid);

  const seen = new Set<string>();
  let changed = false;
  for (const slot of slots) {
    if (typeof slot.pid === 'string' && slot.pid && !seen.has(slot.pid)) {
      seen.add(slot.pid);
      continue;
    }
    const fresh = newPidAvoiding(taken);
    taken.add(fresh);
    seen.add(fresh);
    // Attribute steps do not move positions, so the slots collected above stay valid.
    tr.setNodeAttribute(slot.pos, 'pid', fresh);
    changed = true;
  }
  return changed;
}

function withFreshPidsIn(fragment: Fragment): Fragment {
  const nodes: PMNode[] = [];
  fragment.forEach((node) => {
    let copy = node;
    if (isNegotiableType(node.type.name)) {
      copy = node.type.create({ ...node.attrs, pid: newPid() }, node.content, node.marks);
    }
    if (!node.isTextblock && node.childCount > 0) copy = copy.copy(withFreshPidsIn(copy.content));
    nodes.push(copy);
  });
  return Fragment.from(nodes);
}

/** The same slice with a new pid on every negotiable block, so pasted text never takes over an existing id. */
export function withFreshPids(slice: Slice): Slice {
  return new Slice(withFreshPidsIn(slice.content), slice.openStart, slice.openEnd);
}
