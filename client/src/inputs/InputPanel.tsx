import { INPUT_STATUS_LABELS, INPUT_STATUSES } from '@plenary/shared/domain/index';
import type { Editor } from '@tiptap/react';
import { useId } from 'react';
import type { StakeholderRef } from '../api/proposals.ts';
import { useParagraphs } from '../proposals/useParagraphs.ts';
import { InputCard } from './InputCard.tsx';
import { InputForm } from './InputForm.tsx';
import { ALL_INPUTS, type InputFilters, type InputLayerModel } from './layerState.ts';

interface Props {
  editor: Editor;
  model: InputLayerModel;
}

/** The Inputs tab: every input of the brief, filtered by status and agency, and the way to submit one. */
export function InputPanel({ editor, model }: Props) {
  const paragraphs = useParagraphs(editor);
  const statusId = useId();
  const agencyId = useId();
  const agencies = new Map<string, StakeholderRef>();
  for (const input of model.inputs) agencies.set(input.agency.id, input.agency);
  const { filters } = model;
  const shown = model.inputs
    .filter((input) => filters.status === 'all' || input.status === filters.status)
    .filter((input) => filters.agencyId === 'all' || input.agency.id === filters.agencyId)
    .sort((a, b) => (paragraphs.get(a.pid)?.order ?? Infinity) - (paragraphs.get(b.pid)?.order ?? Infinity) || a.seq - b.seq);
  const change = (patch: Partial<InputFilters>) => model.setFilters({ ...filters, ...patch });
  const filtered = filters.status !== ALL_INPUTS.status || filters.agencyId !== ALL_INPUTS.agencyId;

  return (
    <div className="input-panel" data-testid="input-panel">
      <div className="input-panel__filters" role="group" aria-label="Which inputs">
        <label htmlFor={statusId}>Status</label>
        <select
          id={statusId}
          value={filters.status}
          onChange={(event) => change({ status: event.target.value as InputFilters['status'] })}
          data-testid="input-filter-status"
        >
          <option value="all">All</option>
          {INPUT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {INPUT_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
        <label htmlFor={agencyId}>Agency</label>
        <select
          id={agencyId}
          value={filters.agencyId}
          onChange={(event) => change({ agencyId: event.target.value })}
          data-testid="input-filter-agency"
        >
          <option value="all">All agencies</option>
          {[...agencies.values()]
            .sort((a, b) => a.shortName.localeCompare(b.shortName))
            .map((agency) => (
              <option key={agency.id} value={agency.id}>
                {agency.shortName}
              </option>
            ))}
        </select>
      </div>

      {model.canSubmit ? (
        <button type="button" className="button button--small" onClick={() => model.openSubmit()} data-testid="panel-input-submit">
          Submit a technical input…
        </button>
      ) : null}

      {model.notice && (
        <p className="input-panel__notice" role="status" data-testid="input-notice">
          {model.notice}{' '}
          <button type="button" className="link-button" onClick={model.dismissNotice}>
            Dismiss
          </button>
        </p>
      )}

      {model.draft && <InputForm model={model} draft={model.draft} paragraphs={paragraphs} />}

      {model.error && (
        <p className="input-panel__error" role="alert">
          The inputs could not be loaded: {model.error}{' '}
          <button type="button" className="link-button" onClick={model.reload}>
            Try again
          </button>
        </p>
      )}
      {model.loaded && shown.length === 0 && (
        <p className="input-panel__empty" data-testid="input-empty">
          {filtered ? 'No input matches these filters.' : 'No technical inputs on this brief yet.'}
        </p>
      )}
      <ol className="input-panel__list">
        {shown.map((input) => (
          <li key={input.id}>
            <InputCard
              input={input}
              paragraph={paragraphs.get(input.pid)}
              focusAt={model.focus?.id === input.id ? model.focus.at : null}
              model={model}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
