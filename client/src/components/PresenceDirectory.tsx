import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { countParticipants, type StakeholderPresence } from '../hooks/usePresence.ts';
import { searchPresence } from '../lib/presenceSearch.ts';

interface Props {
  open: boolean;
  onClose: () => void;
  groups: StakeholderPresence[];
}

function people(count: number): string {
  return count === 1 ? '1 person' : `${count} people`;
}

/** Everyone in the room, by stakeholder, with a search box: a modal dialog, closed by Escape. */
export function PresenceDirectory({ open, onClose, groups }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const titleId = useId();
  const found = useMemo(() => searchPresence(groups, query), [groups, query]);
  const total = countParticipants(groups);
  const shown = countParticipants(found);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      search.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="presence-directory"
      aria-labelledby={titleId}
      data-testid="presence-directory"
      onClose={() => {
        setQuery('');
        onClose();
      }}
      // A click on the backdrop lands on the dialog element itself.
      onClick={(event) => event.target === event.currentTarget && onClose()}
    >
      {open && (
        <div className="presence-directory__body">
          <div className="presence-directory__head">
            <h2 id={titleId} className="presence-directory__title">
              In the room ({total})
            </h2>
            <button type="button" className="button button--secondary button--small" onClick={onClose}>
              Close
            </button>
          </div>
          <input
            type="search"
            className="presence-directory__search"
            placeholder="Search by delegation, name or role"
            aria-label="Search the people in the room"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            ref={search}
            // A search field would take the first Escape to clear itself: one Escape closes the list.
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              event.preventDefault();
              onClose();
            }}
            data-testid="presence-search"
          />
          <p className="presence-directory__status" role="status" data-testid="presence-search-status">
            {query.trim()
              ? `${people(shown)} found`
              : `${people(total)} from ${found.length === 1 ? '1 stakeholder' : `${found.length} stakeholders`}`}
          </p>
          <ul className="presence-directory__groups" data-testid="presence-directory-list">
            {found.map((group) => (
              <li key={group.stakeholder} className="presence-directory__group" data-stakeholder={group.stakeholder}>
                <h3 className="presence-directory__stakeholder" style={{ color: group.color }}>
                  {group.stakeholder} <span className="presence-directory__count">{group.participants.length}</span>
                </h3>
                <ul className="presence-directory__people">
                  {group.participants.map((person) => (
                    <li key={person.clientId} className="presence-directory__person" data-testid="presence-person">
                      <span className="presence-directory__dot" style={{ backgroundColor: person.color }} aria-hidden="true" />
                      <span>
                        {person.name}
                        {person.isSelf && <span className="presence-directory__self"> (you)</span>}
                      </span>
                      <span className="presence-directory__role">{person.role}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {found.length === 0 && <p className="presence-directory__empty">Nobody in the room matches “{query.trim()}”.</p>}
        </div>
      )}
    </dialog>
  );
}
