import { useCallback, useRef, useState } from 'react';
import { countParticipants, type StakeholderPresence } from '../hooks/usePresence.ts';
import { useWrappedCount } from '../hooks/useWrappedCount.ts';
import { PresenceDirectory } from './PresenceDirectory.tsx';

function names(group: StakeholderPresence): string {
  return group.participants.map((person) => `${person.name}${person.isSelf ? ' (you)' : ''}`).join(', ');
}

/**
 * Who is in the document right now: how many, then one chip per delegation, agency or office with its
 * count, as many as fit on one line and "+N more"; the count and "+N more" open the searchable list.
 */
export function PresenceBar({ groups }: { groups: StakeholderPresence[] }) {
  const count = countParticipants(groups);
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const chips = useRef<HTMLUListElement>(null);
  const hidden = useWrappedCount(chips, groups);
  const firstHidden = groups.length - hidden;

  return (
    <>
      <section className="presence" aria-label="People in this document" data-testid="presence" data-count={count}>
        <button
          type="button"
          className="presence__summary"
          aria-haspopup="dialog"
          aria-expanded={open}
          onClick={() => setOpen(true)}
          data-testid="presence-summary"
        >
          {count === 0 ? 'Nobody in the room yet' : `${count} in the room`}
        </button>
        <ul className="presence__chips" ref={chips} aria-label="By delegation">
          {groups.map((group, index) => (
            <li
              key={group.stakeholder}
              className={`presence__chip${index >= firstHidden ? ' presence__chip--clipped' : ''}`}
              style={{ borderColor: group.color }}
              title={`${group.stakeholder}: ${names(group)}`}
              data-stakeholder={group.stakeholder}
              data-testid="presence-chip"
            >
              <span className="presence__stakeholder" style={{ color: group.color }}>
                {group.stakeholder}
              </span>
              <span className="presence__count" style={{ backgroundColor: group.color }} aria-label={`${group.participants.length} here`}>
                {group.participants.length}
              </span>
            </li>
          ))}
        </ul>
        {hidden > 0 && (
          <button type="button" className="presence__more" aria-haspopup="dialog" onClick={() => setOpen(true)} data-testid="presence-more">
            +{hidden} more
          </button>
        )}
      </section>
      <PresenceDirectory open={open} onClose={close} groups={groups} />
    </>
  );
}
