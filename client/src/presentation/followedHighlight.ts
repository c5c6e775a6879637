import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

const followedKey = new PluginKey<string | null>('followedParagraph');

/** Marks the paragraph the pen is on (`is-followed`) for as long as it is followed. */
export const FollowedHighlight = Extension.create({
  name: 'followedHighlight',

  addProseMirrorPlugins() {
    return [
      new Plugin<string | null>({
        key: followedKey,
        state: {
          init: () => null,
          apply: (tr, pid) => {
            const next = tr.getMeta(followedKey) as string | null | undefined;
            return next === undefined ? pid : next;
          },
        },
        props: {
          decorations(state) {
            const pid = followedKey.getState(state);
            if (!pid) return null;
            const decorations: Decoration[] = [];
            state.doc.forEach((node, offset) => {
              if (node.attrs.pid === pid) decorations.push(Decoration.node(offset, offset + node.nodeSize, { class: 'is-followed' }));
            });
            return DecorationSet.create(state.doc, decorations);
          },
        },
      }),
    ];
  },
});

/** Highlights the paragraph with `pid` and brings it to the middle of the screen. */
export function followParagraph(editor: Editor, pid: string): void {
  const { state, view } = editor;
  view.dispatch(state.tr.setMeta(followedKey, pid));
  let target: number | null = null;
  state.doc.forEach((node, offset) => {
    if (target === null && node.attrs.pid === pid) target = offset;
  });
  if (target === null) return;
  const element = view.nodeDOM(target);
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (element instanceof HTMLElement) element.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}
