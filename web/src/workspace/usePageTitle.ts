import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The browser tab title, e.g. "Members · Tandem". The same few lines as app/usePageTitle: app/
 * imports this folder, so this folder cannot import app/.
 */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.pageTitle', { page });
  }, [t, page]);
}
