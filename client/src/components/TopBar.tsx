import { Link } from 'react-router';
import { useMe } from '../hooks/session.tsx';
import { NotificationBell } from '../notifications/NotificationBell.tsx';
import { FontScaleToggle } from './FontScaleToggle.tsx';
import { UserMenu } from './UserMenu.tsx';

export function TopBar() {
  const me = useMe();
  return (
    <header className="top-bar">
      <Link to="/" className="top-bar__brand">
        <span className="top-bar__emblem" aria-hidden="true">
          P
        </span>
        <span className="top-bar__name">Plenary</span>
      </Link>
      <span className="top-bar__process" title={me.process.title}>
        {me.process.title}
      </span>
      <div className="top-bar__tools">
        <FontScaleToggle />
        <NotificationBell />
        <UserMenu />
      </div>
    </header>
  );
}
