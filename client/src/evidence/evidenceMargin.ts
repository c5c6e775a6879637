import { Extension, type Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { documentBlocks } from '../editor/documentBlocks.ts';
import { caretPid, marginButtonWidget } from '../editor/marginButton.ts';
import { revealParagraph } from '../editor/paragraphSpotlight.ts';
import { closeEvidencePopover, openEvidencePopover } from './evidencePopover.ts';
import { evidenceMarginKey, type EvidenceBridge, type EvidenceMark, type EvidenceMarginData } from './evidenceBridge.ts';

interface MarginState {
  data: EvidenceMarginData;
  decorations: DecorationSet;
}

const MARK_SIDE = 100_010;
const LINK_SIDE = 100_011;

/**
 * Evidence in the margin: a mark on every linked paragraph (pressed: its links), "Link evidence…" on the
 * paragraph holding the caret for who may link, and the jump to the paragraph the address names.
 */
export function createEvidenceMargin(bridge: EvidenceBridge) {
  return Extension.create({
    name: 'evidenceMargin',
    addProseMirrorPlugins() {
      return [evidenceMarginPlugin(bridge, this.editor)];
    },
  });
}

function evidenceMarginPlugin(bridge: EvidenceBridge, editor: Editor) {
  const build = (state: EditorState, data: EvidenceMarginData) => buildDecorations(state.doc, caretPid(state), data, bridge);
  let revealing: string | null = null;

  return new Plugin<MarginState>({
    key: evidenceMarginKey,
    state: {
      init: (_config, state) => ({ data: bridge.data, decorations: build(state, bridge.data) }),
      apply: (tr, previous, oldState, state) => {
        const meta = tr.getMeta(evidenceMarginKey) as { data: EvidenceMarginData } | undefined;
        if (!meta && !tr.docChanged && caretPid(oldState) === caretPid(state)) return previous;
        const data = meta?.data ?? previous.data;
        return { data, decorations: build(state, data) };
      },
    },
    props: {
      decorations: (state) => (evidenceMarginKey.getState(state) as MarginState | undefined)?.decorations,
    },
    view: (view) => {
      bridge.attach(view);
      const revealWhenPresent = () => {
        const pid = bridge.data.revealPid;
        if (!pid || revealing === pid || !holds(view.state.doc, pid)) return;
        revealing = pid;
        // Not from inside the view update: revealing dispatches a transaction of its own.
        window.setTimeout(() => {
          if (editor.isDestroyed) return;
          if (revealParagraph(editor, pid, { focus: false })) bridge.handlers.revealed(pid);
          revealing = null;
        });
      };
      revealWhenPresent();
      return {
        update: revealWhenPresent,
        destroy: () => {
          closeEvidencePopover();
          bridge.detach(view);
        },
      };
    },
  });
}

function holds(doc: PMNode, pid: string): boolean {
  let found = false;
  doc.forEach((node) => {
    if (node.attrs.pid === pid) found = true;
  });
  return found;
}

function buildDecorations(doc: PMNode, activePid: string | null, data: EvidenceMarginData, bridge: EvidenceBridge): DecorationSet {
  const decorations: Decoration[] = [];
  for (const block of documentBlocks(doc)) {
    const pid = block.pid;
    if (!pid) continue;
    const mark = data.marks.get(pid);
    const linkable = data.canLink && pid === activePid;
    if (!mark && !linkable) continue;
    decorations.push(
      Decoration.widget(block.pos, () => evidenceAnchor(pid, mark, linkable, bridge), {
        side: mark ? MARK_SIDE : LINK_SIDE,
        key: `evidence-${pid}-${mark ? `${mark.text}:${mark.links.map((l) => l.href + l.text).join('|')}` : ''}-${linkable}`,
        stopEvent: () => true,
        ignoreSelection: true,
      }),
    );
  }
  return DecorationSet.create(doc, decorations);
}

function evidenceAnchor(pid: string, mark: EvidenceMark | undefined, linkable: boolean, bridge: EvidenceBridge): HTMLElement {
  const anchor = document.createElement('div');
  anchor.className = 'evidence-anchor';
  if (mark) {
    const button = marginButtonWidget({
      name: 'evidence',
      text: mark.text,
      testId: 'evidence-mark',
      pid,
      ariaLabel: mark.ariaLabel,
      onPress: () => {},
    }).firstElementChild as HTMLElement;
    // The popover needs the button itself, which the press callback does not hand over.
    button.addEventListener('click', () =>
      openEvidencePopover(button, pid, mark, { go: (href) => bridge.handlers.go(href), details: (p) => bridge.handlers.open(p) }),
    );
    button.setAttribute('aria-haspopup', 'dialog');
    anchor.append(button);
  }
  if (linkable) {
    const button = marginButtonWidget({
      name: 'evidence',
      text: 'Link evidence…',
      testId: 'evidence-link-button',
      pid,
      ariaLabel: 'Link this paragraph to evidence',
      onPress: (p) => bridge.handlers.link(p),
    }).firstElementChild!;
    button.classList.add('evidence-anchor__button--link');
    anchor.append(button);
  }
  return anchor;
}
