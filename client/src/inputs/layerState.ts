import type { InputStatus } from '@plenary/shared/domain/index';
import type { TechnicalInput } from '../api/inputs.ts';
import type { InputDraft } from './inputDraft.ts';

export interface InputFilters {
  status: InputStatus | 'all';
  /** A stakeholder id, or every agency. */
  agencyId: string;
}

export const ALL_INPUTS: InputFilters = { status: 'all', agencyId: 'all' };

/** Everything the panel and the form show and change; owned by `useInputLayer`. */
export interface InputLayerModel {
  documentId: string;
  /** The reader's agency may submit an input now (a circulated brief). */
  canSubmit: boolean;
  inputs: readonly TechnicalInput[];
  loaded: boolean;
  error: string | null;
  reload: () => void;
  /** Puts the server's answer to an action in place at once. */
  replace: (input: TechnicalInput) => void;
  filters: InputFilters;
  setFilters: (filters: InputFilters) => void;
  /** The input to bring into view in the panel; `at` distinguishes repeated requests. */
  focus: { id: string; at: number } | null;
  focusInput: (id: string) => void;
  notice: string | null;
  dismissNotice: () => void;
  draft: InputDraft | null;
  setDraft: (draft: InputDraft | null) => void;
  /** Opens the form for a new input on a paragraph or section (the first block when none is named). */
  openSubmit: (pid?: string) => void;
  openEdit: (input: TechnicalInput) => void;
  /** Scrolls the text to a paragraph. */
  reveal: (pid: string) => void;
  /** A block's node type in the editor: only a paragraph takes an input against it. */
  blockTypeOf: (pid: string) => string | undefined;
}
