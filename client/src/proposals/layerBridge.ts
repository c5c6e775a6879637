import { PluginKey } from '@tiptap/pm/state';
import type { Proposal } from '../api/proposals.ts';
import { EditorBridge } from '../editor/layers/editorBridge.ts';

/** What the tracked changes in the text are drawn from. */
export interface TrackedChangesData {
  /** Pending proposals of the document. */
  proposals: readonly Proposal[];
  /** Stakeholder ids whose proposals are hidden from the text. */
  hidden: ReadonlySet<string>;
  /** "Clean text": no tracked changes at all. */
  clean: boolean;
  /** The paragraph the reader is working on (clicked, or holding the caret). */
  activePid: string | null;
  /** The proposal shown in the panel, highlighted in the text too. */
  focusedId: string | null;
  /** Whether the reader may table: the margin "Propose…" button appears only then. */
  canTable: boolean;
  /** Agreed paragraphs take no proposal until they are reopened: no "Propose…" on them. */
  agreedPids: ReadonlySet<string>;
}

/** What the text tells the panel. */
export interface TrackedChangesHandlers {
  propose(pid: string): void;
  focus(proposalId: string, pid: string): void;
  activate(pid: string): void;
}

export const trackedChangesKey = new PluginKey('trackedChanges');

const NO_DATA: TrackedChangesData = {
  proposals: [],
  hidden: new Set(),
  clean: false,
  activePid: null,
  focusedId: null,
  canTable: false,
  agreedPids: new Set(),
};

/** The bridge of the proposals layer: the tracked changes in the text and the "Propose…" button. */
export class LayerBridge extends EditorBridge<TrackedChangesData, TrackedChangesHandlers> {
  constructor() {
    super(trackedChangesKey, NO_DATA, { propose() {}, focus() {}, activate() {} });
  }

  /** A paragraph's current text in the live editor, or null when it is not there. */
  textOf(pid: string): string | null {
    return this.blockOf(pid)?.textContent ?? null;
  }
}
