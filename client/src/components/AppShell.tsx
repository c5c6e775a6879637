import { Outlet, useMatch } from 'react-router';
import { SkipToText } from './SkipToText.tsx';
import { TopBar } from './TopBar.tsx';
import { ParticipantsLink } from '../participants/ParticipantsLink.tsx';

export function AppShell() {
  const onDocument = useMatch('/documents/:id') !== null;
  return (
    <div className="app-shell">
      {onDocument && <SkipToText />}
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <TopBar />
      <ParticipantsLink />
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
