import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

const spotlightKey = new PluginKey<string | null>('paragraphSpotlight');
const SPOTLIGHT_MS = 1600;

/** Briefly highlights the paragraph someone jumped to, so the eye finds it after the scroll. */
export const ParagraphSpotlight = Extension.create({
  name: 'paragraphSpotlight',

  addProseMirrorPlugins() {
    return [
      new Plugin<string | null>({
        key: spotlightKey,
        state: {
          init: () => null,
          apply: (tr, pid) => {
            const next = tr.getMeta(spotlightKey) as string | null | undefined;
            return next === undefined ? pid : next;
          },
        },
        props: {
          decorations(state) {
            const pid = spotlightKey.getState(state);
            if (!pid) return null;
            const decorations: Decoration[] = [];
            state.doc.forEach((node, offset) => {
              if (node.attrs.pid === pid) {
                decorations.push(Decoration.node(offset, offset + node.nodeSize, { class: 'is-spotlit' }));
              }
            });
            return DecorationSet.create(state.doc, decorations);
          },
        },
      }),
    ];
  },
});

/**
 * Scrolls to the paragraph with `pid`, puts the caret at its start, and highlights it for a moment. With
 * `focus: false` the keyboard focus stays where it is (on the sidebar card that asked for the paragraph).
 */
export function revealParagraph(editor: Editor, pid: string, { focus = true }: { focus?: boolean } = {}): boolean {
  // Assigned in the callback below, which narrowing cannot see.
  let target = null as number | null;
  editor.state.doc.forEach((node, offset) => {
    if (target === null && node.attrs.pid === pid) target = offset;
  });
  if (target === null) return false;

  const { state, view } = editor;
  const element = view.nodeDOM(target);
  if (element instanceof HTMLElement) element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, target + 1)).setMeta(spotlightKey, pid));
  if (focus) view.focus();
  window.setTimeout(() => {
    if (editor.isDestroyed || spotlightKey.getState(editor.state) !== pid) return;
    editor.view.dispatch(editor.state.tr.setMeta(spotlightKey, null));
  }, SPOTLIGHT_MS);
  return true;
}
