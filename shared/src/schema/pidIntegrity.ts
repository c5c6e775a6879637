import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as PMNode, Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { assignUniquePids, withFreshPids } from './pidAssignment.ts';
import { transactionsMayAffectPids } from './pidSensitiveSteps.ts';

/** Transactions appended by this plugin carry this key as meta (value `true`). */
export const pidIntegrityKey = new PluginKey('pidIntegrity');

// Dragging a selection moves it: the source is deleted in the same transaction, so its pids stay.
function isDragMove(view: EditorView, slice: Slice): boolean {
  const dragging = view.dragging;
  return !!dragging && dragging.move && dragging.slice === slice;
}

/**
 * Keeps pids present and unique after every change (typing, split, join, undo, remote Yjs updates), and gives
 * pasted blocks fresh pids so a copy never shares, or revives, another paragraph's id.
 */
export function pidIntegrityPlugin(): Plugin {
  // Documents known to satisfy the invariant. A change whose steps cannot touch pids (typing, say) keeps it,
  // so the full scan runs once per loaded document and then only on structural changes.
  const verified = new WeakSet<PMNode>();

  return new Plugin({
    key: pidIntegrityKey,

    appendTransaction(transactions, oldState, newState) {
      if (!transactions.some((tr) => tr.docChanged)) return null;
      if (verified.has(oldState.doc) && !transactionsMayAffectPids(transactions)) {
        verified.add(newState.doc);
        return null;
      }
      const tr = newState.tr;
      const changed = assignUniquePids(tr);
      verified.add(tr.doc);
      return changed ? tr.setMeta(pidIntegrityKey, true) : null;
    },

    props: {
      transformPasted(slice, view) {
        return isDragMove(view, slice) ? slice : withFreshPids(slice);
      },
    },
  });
}

export const PidIntegrity = Extension.create({
  name: 'pidIntegrity',

  addProseMirrorPlugins() {
    return [pidIntegrityPlugin()];
  },
});
