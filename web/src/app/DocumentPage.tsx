import { DocumentId } from '@tandem/protocol';
import { lazy, Suspense, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { describeApiError, getDocument } from '../api';
import { DocumentHeader } from './DocumentHeader';
import { NotFoundPage } from './NotFoundPage';
import { useApiResource } from './useApiResource';
import { usePageTitle } from './usePageTitle';

// The editor (Lexical, Yjs) is most of the bundle; the home page should not wait for it.
const LiveDocument = lazy(() =>
  import('./LiveDocument').then((module) => ({ default: module.LiveDocument })),
);

function TitledLiveDocument({
  document,
}: {
  document: Parameters<typeof LiveDocument>[0]['document'];
}) {
  usePageTitle(document.title);
  return (
    <Suspense fallback={<DocumentHeader document={document} />}>
      <LiveDocument document={document} />
    </Suspense>
  );
}

function LoadDocument({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => getDocument(documentId, signal), [documentId]);
  const [document, retry] = useApiResource(load);
  if (document.state === 'loading') {
    return (
      <div className="state state--loading" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        {t('document.loading')}
      </div>
    );
  }
  if (document.state === 'error') {
    // A document that does not exist (or that you may not see) never gets a sync connection.
    if (document.error.status === 404) return <NotFoundPage kind="document" />;
    return (
      <div className="state state--error" role="alert">
        <p className="state__title">{t('document.loadError')}</p>
        <p className="state__body">{describeApiError(t, document.error)}</p>
        <button type="button" className="button" onClick={retry}>
          {t('document.retry')}
        </button>
      </div>
    );
  }
  return <TitledLiveDocument document={document.data} />;
}

/** `/d/:documentId`. */
export function DocumentPage() {
  const { documentId = '' } = useParams();
  // An id that cannot exist is not worth a request.
  if (!DocumentId.safeParse(documentId).success) return <NotFoundPage kind="document" />;
  return <LoadDocument key={documentId} documentId={documentId} />;
}
