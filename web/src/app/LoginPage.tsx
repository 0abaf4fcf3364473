import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from './usePageTitle';

/** Placeholder until accounts exist (DESIGN.md: POST /api/auth/login). */
export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  return (
    <section className="message-page" aria-labelledby="login-title">
      <h1 id="login-title" className="message-page__title">
        {t('login.title')}
      </h1>
      <p className="message-page__body">{t('login.body')}</p>
      <Link to="/" className="button button--primary">
        {t('login.home')}
      </Link>
    </section>
  );
}
