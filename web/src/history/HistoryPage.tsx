import { can, SIDES, type Side } from '@tandem/domain';
import { type DocumentDto, DocumentId } from '@tandem/protocol';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError, type DiffFilter } from '../api';
import { useAuth, useCurrentUser } from '../auth';
import { AdoptionCard } from './AdoptionCard';
import { AttributionPanel } from './AttributionPanel';
import { DiffPanel } from './DiffPanel';
import { HistoryDocumentTypeProvider } from './HistorySections';
import { orderRange } from './historyModel';
import { NameVersionDialog } from './NameVersionDialog';
import { PageError, PageLoading } from './PageStates';
import { PointInTimeForm } from './PointInTimeForm';
import { CURRENT, Timeline } from './Timeline';
import { useDocumentRecord, useHistoryTitle } from './useDocumentRecord';
import { useHistoryData } from './useHistoryData';
import { useLeadersPair } from './useLeadersPair';
import { VersionPanel } from './VersionPanel';
import './history.css';

export const historyPath = (documentId: string) => `/d/${documentId}/history`;

/** `/d/:documentId/history`: the timeline on the right, a version or a comparison on the left. */
export function HistoryPage() {
  const { documentId = '' } = useParams();
  // An id that cannot exist is not worth a request.
  if (!DocumentId.safeParse(documentId).success) {
    return <PageError error={new ApiError(404, null, 'not found')} onRetry={() => {}} />;
  }
  return <LoadHistory key={documentId} documentId={documentId} />;
}

function LoadHistory({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const [record, retry] = useDocumentRecord(documentId);
  if (record.state === 'loading') return <PageLoading label={t('history.loading')} />;
  if (record.state === 'error') return <PageError error={record.error} onRetry={retry} />;
  return (
    <HistoryDocumentTypeProvider value={record.data.type}>
      <HistoryView key={record.data.id} document={record.data} />
    </HistoryDocumentTypeProvider>
  );
}

function readFilter(params: URLSearchParams): DiffFilter {
  const side = params.get('side');
  return {
    userId: params.get('userId') ?? undefined,
    side: (SIDES as readonly string[]).includes(side ?? '') ? (side as Side) : undefined,
  };
}

function HistoryView({ document }: { document: DocumentDto }) {
  const { t } = useTranslation();
  useHistoryTitle(document.title);
  const user = useCurrentUser();
  const { roleIn } = useAuth();
  const role = roleIn(document.workspaceId);
  const canEdit = role !== null && can(role, 'document:edit');
  const pair = useLeadersPair(document.workspaceId ?? '');
  const [data, reload] = useHistoryData(document.id);
  const [params, setParams] = useSearchParams();
  const [naming, setNaming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const openRef = params.get('version');
  const from = params.get('from');
  const to = params.get('to');
  const filter = readFilter(params);
  const versions = data.state === 'ready' ? data.data.history.versions : [];
  const [pick, setPick] = useState<{ from: string | null; to: string | null }>(() => ({
    from: from ?? null,
    to: to ?? CURRENT,
  }));
  const pickFrom = pick.from ?? versions.at(-1)?.id ?? null;

  const open = (ref: string) => setParams({ version: ref });
  const compare = (a: string, b: string) => {
    const [older, newer] = orderRange(versions, a, b);
    setPick({ from: older, to: newer });
    setParams({ from: older, to: newer });
  };
  const refresh = () => {
    reload();
    setRefreshKey((k) => k + 1);
  };
  const printQuery = new URLSearchParams({ from: from ?? '', to: to ?? CURRENT });
  if (filter.userId) printQuery.set('userId', filter.userId);
  if (filter.side) printQuery.set('side', filter.side);

  let main = (
    <>
      <section className="history-card history-card--intro">
        <h2 className="history-card__title">{t('history.overview.title')}</h2>
        <p className="history-card__intro">{t('history.overview.body')}</p>
      </section>
      <AttributionPanel documentId={document.id} refreshKey={refreshKey} />
    </>
  );
  if (openRef) {
    main = (
      <VersionPanel
        documentId={document.id}
        versionRef={openRef}
        versions={versions}
        signoffs={data.state === 'ready' ? data.data.signoffs : []}
        pair={pair}
        user={user}
        canEdit={canEdit}
        currentHash={data.state === 'ready' ? data.data.history.currentHash : null}
        onCompare={compare}
        onClose={() => setParams({})}
        onRestored={(id) => {
          refresh();
          setNotice(t('history.restore.done'));
          setParams({ version: id });
        }}
        onSigned={refresh}
      />
    );
  } else if (from && to) {
    main = (
      <DiffPanel
        documentId={document.id}
        from={from}
        to={to}
        filter={filter}
        versions={versions}
        printHref={`${historyPath(document.id)}/print?${printQuery}`}
        onFilter={(next) => {
          const query: Record<string, string> = { from, to };
          if (next.userId) query.userId = next.userId;
          if (next.side) query.side = next.side;
          setParams(query);
        }}
        onClose={() => setParams({})}
      />
    );
  }

  return (
    <div className="history-page">
      <header className="history-header">
        <nav className="history-header__trail" aria-label={t('document.breadcrumb')}>
          <Link
            to={`/d/${document.id}`}
            className="history-header__back"
            title={t('history.backToDocument')}
          >
            <span aria-hidden="true">←</span> {document.title}
          </Link>
          <span className="history-header__separator" aria-hidden="true">
            /
          </span>
          <h1 className="history-header__title">{t('history.title')}</h1>
        </nav>
        <div className="history-header__actions">
          <PointInTimeForm onOpen={open} />
          {canEdit && (
            <button
              type="button"
              className="button button--primary button--small"
              onClick={() => setNaming(true)}
            >
              {t('history.name.button')}
            </button>
          )}
        </div>
      </header>
      <div className="history-layout">
        <div className="history-main">
          <div className="history-notice" aria-live="polite">
            {notice && (
              <p className="history-message history-message--ok" data-testid="history-notice">
                {notice}
                <button
                  type="button"
                  className="history-message__close"
                  aria-label={t('history.view.close')}
                  onClick={() => setNotice(null)}
                >
                  ×
                </button>
              </p>
            )}
          </div>
          {main}
        </div>
        <aside className="history-sidebar">
          {data.state === 'loading' && <PageLoading label={t('history.loading')} />}
          {data.state === 'error' && <PageError error={data.error} onRetry={reload} />}
          {data.state === 'ready' && (
            <Timeline
              status={
                <AdoptionCard
                  documentId={document.id}
                  history={data.data.history}
                  onCompare={compare}
                />
              }
              history={data.data.history}
              signoffs={data.data.signoffs}
              openRef={openRef}
              from={pickFrom}
              to={pick.to}
              onOpen={open}
              onPick={(end, ref) =>
                setPick((p) => ({ ...p, from: p.from ?? pickFrom, [end]: ref }))
              }
              onCompare={() => pickFrom && pick.to && compare(pickFrom, pick.to)}
            />
          )}
        </aside>
      </div>
      {naming && (
        <NameVersionDialog
          documentId={document.id}
          onCancel={() => setNaming(false)}
          onDone={(label) => {
            setNaming(false);
            setNotice(t('history.name.done', { label }));
            refresh();
          }}
        />
      )}
    </div>
  );
}
