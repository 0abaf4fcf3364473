import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiError } from '../api';
import { describeHistoryError } from './describeHistoryError';

export function PageLoading({ label }: { label: string }) {
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

/** A failed load: "not found" reads like every other missing document; the rest can be retried. */
export function PageError({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t } = useTranslation();
  if (error.status === 404) {
    return (
      <section className="message-page" role="alert">
        <p className="message-page__code">404</p>
        <h1 className="message-page__title">{t('notFound.docTitle')}</h1>
        <p className="message-page__body">{t('notFound.docBody')}</p>
        <Link to="/" className="button button--primary">
          {t('notFound.home')}
        </Link>
      </section>
    );
  }
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t('history.loadError')}</p>
      <p className="state__body">{describeHistoryError(t, error)}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('history.retry')}
      </button>
    </div>
  );
}
