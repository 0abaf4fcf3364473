import { type DocumentDto, DocumentId } from '@tandem/protocol';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DisplayNameDialog, useDisplayName } from '../presence';
import { getDocument } from './apiClient';
import { DocumentHeader } from './DocumentHeader';
import { describeApiError } from './describeApiError';
import { LiveDocument } from './LiveDocument';
import { NotFoundPage } from './NotFoundPage';
import { useApiResource } from './useApiResource';
import { usePageTitle } from './usePageTitle';

/** Asks for a display name on first open; collaboration starts once there is one. */
function DocumentView({ document }: { document: DocumentDto }) {
  const { name, setName } = useDisplayName();
  usePageTitle(document.title);
  if (name === null) {
    return (
      <div className="document-page">
        <DocumentHeader document={document} />
        <DisplayNameDialog initialName={null} onSave={setName} />
      </div>
    );
  }
  return <LiveDocument key={document.id} document={document} userName={name} />;
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
    // A document that does not exist never gets a sync connection.
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
  return <DocumentView document={document.data} />;
}

/** `/d/:documentId`. */
export function DocumentPage() {
  const { documentId = '' } = useParams();
  // An id that cannot exist is not worth a request.
  if (!DocumentId.safeParse(documentId).success) return <NotFoundPage kind="document" />;
  return <LoadDocument key={documentId} documentId={documentId} />;
}
