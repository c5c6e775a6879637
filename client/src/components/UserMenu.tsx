import { useCallback, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMe, useSession } from '../hooks/session.tsx';
import { useDismiss } from '../hooks/useDismiss.ts';
import '../account/accountLink.css';

/** Shows in which capacity you are acting, and lets you log out. */
export function UserMenu() {
  const me = useMe();
  const { logOut } = useSession();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, root);

  async function handleLogOut() {
    setLeaving(true);
    try {
      await logOut();
    } finally {
      void navigate('/login', { replace: true });
    }
  }

  return (
    <div className="user-menu" ref={root} data-testid="user-menu">
      <button
        type="button"
        className="user-menu__button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={menuId}
        title={me.capacity}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="user-menu__capacity">{me.capacity}</span>
        <span className="user-menu__chevron" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div className="user-menu__panel" id={menuId}>
          <p className="user-menu__name">{me.user.name}</p>
          <p className="user-menu__detail">{me.user.email}</p>
          <p className="user-menu__detail">
            {me.stakeholder.name} · {me.roleLabel}
          </p>
          <Link className="user-menu__account" to="/account" onClick={close} data-testid="account-link">
            Your account and devices
          </Link>
          <button type="button" className="button button--secondary" onClick={() => void handleLogOut()} disabled={leaving}>
            {leaving ? 'Logging out…' : 'Log out'}
          </button>
        </div>
      )}
    </div>
  );
}
