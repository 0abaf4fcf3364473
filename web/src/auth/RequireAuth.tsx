import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { describeApiError } from '../api';
import { loginPath } from './safeNext';
import { useAuth } from './useAuth';

/** Routes below need a signed-in user; others are sent to sign in and brought back after. */
export function RequireAuth() {
  const { t } = useTranslation();
  const { state, retry } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') {
    return (
      <div className="state state--loading" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        {t('auth.checking')}
      </div>
    );
  }
  if (state.status === 'signed-out') {
    return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  }
  if (state.status === 'error') {
    return (
      <div className="state state--error" role="alert">
        <p className="state__title">{t('auth.unavailable')}</p>
        <p className="state__body">{describeApiError(t, state.error)}</p>
        <button type="button" className="button" onClick={retry}>
          {t('home.retry')}
        </button>
      </div>
    );
  }
  return <Outlet />;
}
