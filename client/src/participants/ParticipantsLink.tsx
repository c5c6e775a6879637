import { NavLink } from 'react-router';
import { useMe } from '../hooks/session.tsx';
import './participantsLink.css';

/** Under the top bar, for the secretariat only: the people of the process. */
export function ParticipantsLink() {
  const me = useMe();
  if (me.role !== 'secretariat') return null;
  return (
    <nav className="secretariat-nav" aria-label="Secretariat">
      <NavLink to="/participants" className="secretariat-nav__link" data-testid="participants-link">
        Participants
      </NavLink>
    </nav>
  );
}
