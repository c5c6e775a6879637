import type { StakeholderPresence } from '../hooks/usePresence.ts';

function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase();
}

/** Who is in the document right now, by delegation, agency or office. */
export function PresenceBar({ groups }: { groups: StakeholderPresence[] }) {
  const count = groups.reduce((sum, group) => sum + group.participants.length, 0);
  return (
    <section className="presence" aria-label="People in this document" data-testid="presence" data-count={count}>
      <span className="presence__heading">In the room{count > 0 ? ` (${count})` : ''}</span>
      {count === 0 && <span className="presence__empty">Nobody yet</span>}
      <ul className="presence__groups">
        {groups.map((group) => (
          <li key={group.stakeholder} className="presence__group" data-stakeholder={group.stakeholder}>
            <span className="presence__stakeholder" style={{ borderColor: group.color, color: group.color }}>
              {group.stakeholder}
            </span>
            <ul className="presence__people">
              {group.participants.map((person) => (
                <li
                  key={person.clientId}
                  className="presence__person"
                  title={`${person.name} — ${person.stakeholder} — ${person.role}${person.isSelf ? ' (you)' : ''}`}
                >
                  <span className="presence__avatar" style={{ backgroundColor: person.color }} aria-hidden="true">
                    {initials(person.name)}
                  </span>
                  <span className="presence__name">
                    {person.name}
                    {person.isSelf && <span className="presence__self"> (you)</span>}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
