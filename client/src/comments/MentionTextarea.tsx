import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MentionCandidate } from '../api/threads.ts';
import { mentionAt, useMentionSuggestions } from './useMentionSuggestions.ts';

interface Props {
  value: string;
  onChange: (value: string) => void;
  onSubmitShortcut: () => void;
  label: string;
  placeholder?: string;
  testId: string;
  describedBy?: string;
  autoFocus?: boolean;
}

/** A textarea that offers stakeholders to mention after `@`; a mention notifies that stakeholder's people. */
export function MentionTextarea({ value, onChange, onSubmitShortcut, label, placeholder, testId, describedBy, autoFocus }: Props) {
  const field = useRef<HTMLTextAreaElement>(null);
  /** Where the caret goes once the text with a chosen mention is on screen. */
  const pendingCaret = useRef<number | null>(null);
  const listId = useId();
  const [caret, setCaret] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [highlight, setHighlight] = useState(0);
  const mention = mentionAt(value, caret);
  const active = mention && mention.start !== dismissed ? mention : null;
  const suggestions = useMentionSuggestions(active ? active.query : null);
  const open = active !== null && suggestions.length > 0;
  const current = Math.min(highlight, suggestions.length - 1);

  function choose(candidate: MentionCandidate) {
    if (!active) return;
    const inserted = `@[${candidate.shortName}] `;
    const next = value.slice(0, active.start) + inserted + value.slice(caret);
    const position = active.start + inserted.length;
    pendingCaret.current = position;
    onChange(next);
    setCaret(position);
  }

  useLayoutEffect(() => {
    if (pendingCaret.current === null) return;
    field.current?.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [value]);

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      onSubmitShortcut();
      return;
    }
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setHighlight((current + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      const chosen = suggestions[current];
      if (chosen) choose(chosen);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDismissed(active.start);
    }
  }

  return (
    <div className="mention-field">
      <label className="visually-hidden" htmlFor={`${listId}-field`}>
        {label}
      </label>
      <textarea
        ref={field}
        id={`${listId}-field`}
        value={value}
        placeholder={placeholder}
        rows={3}
        autoFocus={autoFocus}
        data-testid={testId}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${current}` : undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          onChange(e.target.value);
          setCaret(e.target.selectionStart);
          setHighlight(0);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => window.setTimeout(() => setDismissed(active?.start ?? null), 150)}
        onFocus={() => setDismissed(null)}
      />
      {open && (
        <ul className="mention-field__list" id={listId} role="listbox" aria-label="Mention a stakeholder">
          {suggestions.map((candidate, index) => (
            <li
              key={candidate.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === current}
              data-testid="mention-option"
              onMouseDown={(e) => {
                e.preventDefault();
                choose(candidate);
              }}
            >
              <span className="mention-field__name">{candidate.shortName}</span>
              {candidate.name !== candidate.shortName && <span className="mention-field__detail"> {candidate.name}</span>}
              <span className="mention-field__detail">
                {' '}
                · {candidate.participants === 1 ? '1 person' : `${candidate.participants} people`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
