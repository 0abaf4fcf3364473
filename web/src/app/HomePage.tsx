import { can } from '@tandem/domain';
import type { DocumentListItem } from '@tandem/protocol';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError, listDocuments } from '../api';
import { useAuth } from '../auth';
import { useInboxChanges } from '../inbox';
import { WorkspacePeople } from '../presence';
import { LiveSessionsCallout } from '../sessions';
import { WorkspaceOverview } from '../workspace';
import { DocumentList } from './DocumentList';
import { NewDocumentForm } from './NewDocumentForm';
import { useApiResource } from './useApiResource';
import { usePageTitle } from './usePageTitle';

function loadDocuments(signal: AbortSignal) {
  return listDocuments(signal).then((list) => list.documents);
}

function DocumentsSection() {
  const { t } = useTranslation();
  const [documents, retry] = useApiResource(loadDocuments);
  // A sign-off asked of you (or given) changes the statuses: read the list again, quietly.
  const [fresher, setFresher] = useState<DocumentListItem[] | null>(null);
  const refresh = useCallback(() => {
    loadDocuments(new AbortController().signal).then(setFresher, () => undefined);
  }, []);
  useInboxChanges(refresh);
  if (documents.state === 'loading') {
    return (
      <div className="state state--loading" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        {t('home.loading')}
      </div>
    );
  }
  if (documents.state === 'error') {
    return (
      <div className="state state--error" role="alert">
        <p className="state__title">{t('home.loadError')}</p>
        <p className="state__body">{describeApiError(t, documents.error)}</p>
        <button type="button" className="button" onClick={retry}>
          {t('home.retry')}
        </button>
      </div>
    );
  }
  if (documents.data.length === 0) {
    return (
      <div className="state state--empty" data-testid="documents-empty">
        <p className="state__title">{t('home.emptyTitle')}</p>
        <p className="state__body">{t('home.emptyBody')}</p>
      </div>
    );
  }
  return <DocumentList documents={fresher ?? documents.data} />;
}

/** `/`: every document you can open, and a form to start a new one. */
export function HomePage() {
  const { t } = useTranslation();
  const { state } = useAuth();
  usePageTitle(t('home.title'));
  const mayCreate =
    state.status === 'signed-in' &&
    state.workspaces.some((workspace) => can(workspace.role, 'document:create'));
  return (
    <div className="home">
      <WorkspaceOverview />
      <header className="page-header">
        <h1 className="page-header__title">{t('home.title')}</h1>
        <p className="page-header__subtitle">{t('home.subtitle')}</p>
      </header>
      <div className="home__grid">
        <section className="home__documents" aria-label={t('home.listLabel')}>
          <DocumentsSection />
        </section>
        <aside className="home__aside">
          {mayCreate ? (
            <NewDocumentForm />
          ) : (
            <p className="card home__cannot-create">{t('home.cannotCreate')}</p>
          )}
          <LiveSessionsCallout />
          <WorkspacePeople />
        </aside>
      </div>
    </div>
  );
}
