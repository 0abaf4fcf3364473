import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Avatar, colorForName } from '../presence';
import { useAuth } from './useAuth';

/**
 * Header control: who you are signed in as (name, organisation, side) and signing out.
 * `children` go in the panel above "Sign out" (the workspace links).
 */
export function AccountMenu({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const { state, signOut } = useAuth();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const { pathname } = useLocation();

  // Following a link in the panel goes somewhere else; the panel should not stay open there.
  useEffect(() => {
    void pathname;
    setOpen(false);
  }, [pathname]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && ref.current?.contains(event.target)) return;
      setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  if (state.status !== 'signed-in') return null;
  const { user } = state;
  return (
    <div className="account-menu" ref={ref}>
      <button
        type="button"
        className="identity-button"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('account.menuLabel', { name: user.name })}
        onClick={() => setOpen((value) => !value)}
      >
        <Avatar name={user.name} color={colorForName(user.name)} size="small" decorative />
        <span className="identity-button__name">{user.name}</span>
      </button>
      {open && (
        <div id={menuId} className="account-menu__panel">
          <p className="account-menu__name">{user.name}</p>
          <p className="account-menu__detail">{user.email}</p>
          <p className="account-menu__detail">
            {user.organisation.name} · {t(`sides.${user.organisation.side}`)}
          </p>
          {children}
          <Link className="button button--block" to="/account/password">
            {t('account.changePassword')}
          </Link>
          <button
            type="button"
            className="button button--block"
            onClick={async () => {
              setOpen(false);
              await signOut();
              navigate('/login');
            }}
          >
            {t('account.signOut')}
          </button>
        </div>
      )}
    </div>
  );
}
