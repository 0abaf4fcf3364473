import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { AccountMenu } from '../auth';
import { InboxBell, InboxProvider } from '../inbox';
import { RealtimeProvider } from '../presence';
import { SessionBar, SessionProvider } from '../sessions';
import { WorkspaceMenuLinks } from '../workspace';
import { LanguageSwitcher } from './LanguageSwitcher';

function LogoMark() {
  return (
    <svg width="26" height="26" viewBox="0 0 26 26" aria-hidden="true" focusable="false">
      <rect width="26" height="26" rx="7" fill="var(--accent)" />
      <path d="M7 9.5h12M13 9.5V19" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
      <circle cx="18.5" cy="17.5" r="2" fill="#9fd0c0" />
    </svg>
  );
}

/**
 * The frame of every page: a slim header (home, language, who you are) and the page below. It
 * stays mounted across pages, so the tab's realtime connection and live session live here.
 */
export function AppLayout() {
  return (
    <RealtimeProvider>
      <InboxProvider>
        <SessionProvider>
          <AppFrame />
        </SessionProvider>
      </InboxProvider>
    </RealtimeProvider>
  );
}

function AppFrame() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <nav className="app-header__inner" aria-label={t('app.mainNav')}>
          <Link to="/" className="brand">
            <LogoMark />
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </Link>
          <div className="app-header__actions">
            <InboxBell />
            <LanguageSwitcher />
            <AccountMenu>
              <WorkspaceMenuLinks />
            </AccountMenu>
          </div>
        </nav>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <SessionBar />
    </div>
  );
}
