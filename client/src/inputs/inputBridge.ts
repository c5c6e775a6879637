import { PluginKey } from '@tiptap/pm/state';
import type { TechnicalInput } from '../api/inputs.ts';
import { EditorBridge } from '../editor/layers/editorBridge.ts';

/** What the input cards in the text are drawn from. */
export interface InputCardsData {
  /** False on the compact: no cards and no margin button at all. */
  enabled: boolean;
  /** The undecided inputs of the brief. */
  inputs: readonly TechnicalInput[];
  /** The reader's agency may submit an input now: the margin "Technical input" button appears only then. */
  canSubmit: boolean;
  /** The input shown in the panel, highlighted in the text too. */
  focusedId: string | null;
}

/** What the text tells the panel. */
export interface InputCardsHandlers {
  submit(pid: string): void;
  focus(inputId: string, pid: string): void;
}

export const inputCardsKey = new PluginKey('inputCards');

const NO_DATA: InputCardsData = { enabled: false, inputs: [], canSubmit: false, focusedId: null };

/** The bridge of the inputs layer: the input cards under their paragraphs and the "Technical input" button. */
export class InputBridge extends EditorBridge<InputCardsData, InputCardsHandlers> {
  constructor() {
    super(inputCardsKey, NO_DATA, { submit() {}, focus() {} });
  }

  /** A block's node type in the live editor ("briefParagraph", "briefSectionHeading"), or undefined. */
  typeOf(pid: string): string | undefined {
    return this.blockOf(pid)?.type.name;
  }
}
