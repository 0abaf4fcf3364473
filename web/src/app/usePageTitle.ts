import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title, e.g. "Course standard · Tandem"; follows the UI language. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.pageTitle', { page });
  }, [t, page]);
}
