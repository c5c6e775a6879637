import { PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** The mark in a linked paragraph's margin: "Evidence (2)" on the compact, "Cited by OP5" on a brief. */
export interface EvidenceMark {
  text: string;
  ariaLabel: string;
  /** Where each link leads (the other text at its paragraph), and what it says. */
  links: { href: string; text: string }[];
}

/** What the margin needs from the React side. */
export interface EvidenceMarginData {
  marks: ReadonlyMap<string, EvidenceMark>;
  /** The reader may link this document's paragraphs: "Link evidence…" on the paragraph at hand. */
  canLink: boolean;
  /** A paragraph the address asks for, to scroll to and spotlight once the text holds it. */
  revealPid: string | null;
}

export interface EvidenceMarginHandlers {
  /** Shows the paragraph's links in the Evidence tab. */
  open(pid: string): void;
  /** Follows a link within the page. */
  go(href: string): void;
  /** "Link evidence…" was pressed. */
  link(pid: string): void;
  /** The paragraph asked for is in view. */
  revealed(pid: string): void;
}

export const evidenceMarginKey = new PluginKey('evidenceMargin');

export const NO_EVIDENCE_DATA: EvidenceMarginData = { marks: new Map(), canLink: false, revealPid: null };

/** Connects the evidence layer's React state to its ProseMirror plugin, built once per document. */
export class EvidenceBridge {
  data: EvidenceMarginData = NO_EVIDENCE_DATA;
  handlers: EvidenceMarginHandlers = { open() {}, go() {}, link() {}, revealed() {} };
  private views = new Set<EditorView>();

  setHandlers(handlers: EvidenceMarginHandlers): void {
    this.handlers = handlers;
  }

  attach(view: EditorView): void {
    this.views.add(view);
  }

  detach(view: EditorView): void {
    this.views.delete(view);
  }

  publish(data: EvidenceMarginData): void {
    this.data = data;
    for (const view of this.views) {
      if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(evidenceMarginKey, { data }).setMeta('addToHistory', false));
    }
  }
}
