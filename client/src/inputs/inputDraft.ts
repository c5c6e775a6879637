import type { InputPlacement, InputType } from '@plenary/shared/domain/index';
import type { EditInputInput, SubmitInputInput } from '@plenary/shared/validation/index';
import type { TechnicalInput } from '../api/inputs.ts';

/** One row of the evidence as typed: the year stays text until it is sent. */
export interface SourceRow {
  key: number;
  title: string;
  publisher: string;
  year: string;
  url: string;
  ownReport: boolean;
}

/** An input being written or edited: kept by the layer so that a failed submit loses nothing. */
export interface InputDraft {
  /** Set when editing an input already submitted. */
  inputId: string | null;
  pid: string;
  placement: InputPlacement;
  type: InputType;
  text: string;
  rationale: string;
  sources: SourceRow[];
  sdgTargets: string[];
  /** The file to attach once the input is saved; an input already carrying one keeps it unless replaced. */
  file: File | null;
}

let nextKey = 1;

export function emptySource(): SourceRow {
  return { key: nextKey++, title: '', publisher: '', year: '', url: '', ownReport: false };
}

export function newInputDraft(pid: string): InputDraft {
  return {
    inputId: null,
    pid,
    placement: 'after',
    type: 'data-point',
    text: '',
    rationale: '',
    sources: [emptySource()],
    sdgTargets: [],
    file: null,
  };
}

export function draftOf(input: TechnicalInput): InputDraft {
  return {
    inputId: input.id,
    pid: input.pid,
    placement: input.placement,
    type: input.type,
    text: input.text,
    rationale: input.rationale,
    sources: input.sources.map((source) => ({
      key: nextKey++,
      title: source.title,
      publisher: source.publisher,
      year: source.year === null ? '' : String(source.year),
      url: source.url ?? '',
      ownReport: source.ownReport,
    })),
    sdgTargets: [...input.sdgTargets],
    file: null,
  };
}

/** A typed year that is not a number is sent as it is, so that the server's check names the problem. */
function yearOf(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : (trimmed as unknown as number);
}

/** The request body of the draft, for `POST /api/documents/:id/inputs` (and, less its pid, for `PATCH`). */
export function requestOf(draft: InputDraft): SubmitInputInput {
  return {
    pid: draft.pid,
    placement: draft.placement,
    type: draft.type,
    text: draft.text,
    rationale: draft.rationale,
    sources: draft.sources.map((row) => ({
      title: row.title,
      publisher: row.publisher,
      year: yearOf(row.year),
      url: row.url.trim() ? row.url.trim() : null,
      ownReport: row.ownReport,
    })),
    sdgTargets: draft.sdgTargets as SubmitInputInput['sdgTargets'],
  };
}

export function editRequestOf(draft: InputDraft): EditInputInput {
  const { pid: _pid, ...fields } = requestOf(draft);
  return fields;
}

/** Whether closing the form would throw away something the agency wrote. */
export function isDirtyDraft(draft: InputDraft): boolean {
  if (draft.inputId) return true;
  return (
    draft.text.trim() !== '' ||
    draft.rationale.trim() !== '' ||
    draft.file !== null ||
    draft.sdgTargets.length > 0 ||
    draft.sources.some((row) => row.title || row.publisher || row.year || row.url)
  );
}
