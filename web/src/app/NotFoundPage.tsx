import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from './usePageTitle';

/** For unknown addresses, and for documents that do not exist (or that you may not see). */
export function NotFoundPage({ kind = 'page' }: { kind?: 'page' | 'document' }) {
  const { t } = useTranslation();
  const title = kind === 'document' ? t('notFound.docTitle') : t('notFound.title');
  usePageTitle(title);
  return (
    <section className="message-page" data-testid="not-found" aria-labelledby="not-found-title">
      <p className="message-page__code" aria-hidden="true">
        404
      </p>
      <h1 id="not-found-title" className="message-page__title">
        {title}
      </h1>
      <p className="message-page__body">
        {kind === 'document' ? t('notFound.docBody') : t('notFound.body')}
      </p>
      <Link to="/" className="button button--primary">
        {t('notFound.home')}
      </Link>
    </section>
  );
}
