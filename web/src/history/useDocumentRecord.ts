import type { DocumentDto } from '@tandem/protocol';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { getDocument } from '../api';
import { type Loaded, useLoad } from '../workspace/useLoad';

/** The document the history belongs to (title, type, workspace). */
export function useDocumentRecord(documentId: string): [Loaded<DocumentDto>, () => void] {
  const load = useCallback((signal: AbortSignal) => getDocument(documentId, signal), [documentId]);
  return useLoad(load);
}

/** The browser tab says whose history this is. */
export function useHistoryTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.pageTitle', { page: t('history.pageTitle', { title }) });
  }, [t, title]);
}
