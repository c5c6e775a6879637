import { mayCosponsor } from '@plenary/shared/domain/index';
import { useEffect, useId, useState } from 'react';
import type { StakeholderOption, StakeholderRef } from '../api/proposals.ts';
import { loadStakeholders } from '../lib/stakeholderDirectory.ts';

interface Props {
  value: StakeholderRef[];
  onChange: (cosponsors: StakeholderRef[]) => void;
  /** The tabling side, which cannot also co-sponsor. */
  exclude: readonly string[];
  disabled?: boolean;
}

/** Invites co-sponsors by name; they appear on the proposal once they confirm. */
export function CosponsorPicker({ value, onChange, exclude, disabled }: Props) {
  const listId = useId();
  const [options, setOptions] = useState<StakeholderOption[]>([]);
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    loadStakeholders().then(
      (all) => live && setOptions(all.filter((s) => mayCosponsor(s.kind))),
      () => live && setProblem('The list of delegations could not be loaded.'),
    );
    return () => {
      live = false;
    };
  }, []);

  const available = options.filter((s) => !exclude.includes(s.id) && !value.some((v) => v.id === s.id));

  const add = () => {
    const wanted = query.trim().toLowerCase();
    if (!wanted) return;
    const match = available.find(
      (s) => s.name.toLowerCase() === wanted || s.shortName.toLowerCase() === wanted || s.id.toLowerCase() === wanted,
    );
    if (!match) {
      setProblem(`No delegation “${query.trim()}” can be invited.`);
      return;
    }
    onChange([...value, { id: match.id, name: match.name, shortName: match.shortName }]);
    setQuery('');
    setProblem(null);
  };

  return (
    <div className="cosponsor-picker" data-testid="cosponsor-picker">
      {value.length > 0 && (
        <ul className="cosponsor-picker__chosen">
          {value.map((s) => (
            <li key={s.id} data-testid="cosponsor-chip">
              {s.shortName}
              <button
                type="button"
                aria-label={`Remove ${s.name}`}
                disabled={disabled}
                onClick={() => onChange(value.filter((v) => v.id !== s.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="cosponsor-picker__add">
        <input
          type="text"
          list={listId}
          placeholder="Invite a delegation, e.g. Canada"
          aria-label="Invite a co-sponsor"
          value={query}
          disabled={disabled}
          onChange={(event) => {
            setQuery(event.target.value);
            setProblem(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
          data-testid="cosponsor-input"
        />
        <button type="button" className="button button--small button--secondary" disabled={disabled || !query.trim()} onClick={add}>
          Invite
        </button>
        <datalist id={listId}>
          {available.map((s) => (
            <option key={s.id} value={s.name} />
          ))}
        </datalist>
      </div>
      {problem && <p className="proposal-form__field-error">{problem}</p>}
    </div>
  );
}
