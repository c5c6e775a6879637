import { useState, type FormEvent } from 'react';
import type { OutlineEntry } from '../hooks/useOutline.ts';
import { findParagraph } from '../lib/paragraphReference.ts';

/** Per-paragraph counts (e.g. pending proposals) keyed by pid; missing means 0. */
export type ParagraphCounts = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

function countFor(counts: ParagraphCounts | undefined, pid: string): number {
  if (!counts) return 0;
  if (counts instanceof Map) return (counts as ReadonlyMap<string, number>).get(pid) ?? 0;
  return (counts as Readonly<Record<string, number>>)[pid] ?? 0;
}

function excerpt(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 80 ? `${trimmed.slice(0, 78).trimEnd()}…` : trimmed || '(empty)';
}

interface Props {
  entries: OutlineEntry[];
  onJump: (pid: string) => void;
  counts?: ParagraphCounts;
  /** What the counts are, for screen readers and tooltips, e.g. "pending proposals". */
  countLabel?: string;
}

/** The paragraphs of the document by number; choose one (or type its number) to go there. */
export function Outline({ entries, onJump, counts, countLabel = 'pending items' }: Props) {
  const [reference, setReference] = useState('');
  const [notFound, setNotFound] = useState(false);

  function handleGoTo(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const match = findParagraph(entries, reference);
    setNotFound(!match);
    if (match) onJump(match.pid);
  }

  return (
    <nav className="outline" aria-label="Paragraphs" data-testid="outline">
      <h2 className="outline__title">Paragraphs</h2>
      <form className="outline__goto" onSubmit={handleGoTo}>
        <label htmlFor="outline-goto">Go to</label>
        <input
          id="outline-goto"
          type="text"
          inputMode="text"
          placeholder="12, PP3, 4(b)"
          value={reference}
          onChange={(event) => {
            setReference(event.target.value);
            setNotFound(false);
          }}
          aria-invalid={notFound || undefined}
          aria-describedby={notFound ? 'outline-goto-error' : undefined}
          data-testid="outline-goto"
        />
        <button type="submit" className="button button--small">
          Go
        </button>
      </form>
      {notFound && (
        <p className="outline__not-found" id="outline-goto-error" role="alert">
          No paragraph “{reference.trim()}”.
        </p>
      )}
      {entries.length === 0 && <p className="outline__empty">No paragraphs yet.</p>}
      <ol className="outline__list">
        {entries.map((entry) => {
          const count = countFor(counts, entry.pid);
          return (
            <li key={entry.pid} className={`outline__item outline__item--${entry.heading ? 'heading' : `level-${entry.level}`}`}>
              <button
                type="button"
                className="outline__link"
                onClick={() => onJump(entry.pid)}
                data-pid={entry.pid}
                data-label={entry.label || undefined}
                title={entry.text}
              >
                {!entry.heading && <span className="outline__number">{entry.level > 0 ? entry.margin : entry.label}</span>}
                <span className="outline__text">{excerpt(entry.text)}</span>
                {count > 0 && (
                  <span className="outline__count" title={`${count} ${countLabel}`} data-testid="outline-count">
                    {count}
                    <span className="visually-hidden"> {countLabel}</span>
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
