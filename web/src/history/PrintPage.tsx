import { SIDES, type Side } from '@tandem/domain';
import type { DocumentDto } from '@tandem/protocol';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError, getDiff, getHistory } from '../api';
import { formatDateTime } from '../workspace';
import { useLoad } from '../workspace/useLoad';
import { ChangeList } from './ChangeList';
import { Legend } from './DiffPanel';
import { historyPath } from './HistoryPage';
import { HistoryDocumentTypeProvider } from './HistorySections';
import { refTitle } from './historyModel';
import { PageError, PageLoading } from './PageStates';
import { Redline } from './Redline';
import { useDocumentRecord, useHistoryTitle } from './useDocumentRecord';
import './history.css';

/**
 * `/d/:documentId/history/print?from=&to=`: the redline on paper. The app's chrome and this
 * page's buttons are hidden in print; names and sides are written out, since hover titles
 * don't print.
 */
export function HistoryPrintPage() {
  const { t } = useTranslation();
  const { documentId = '' } = useParams();
  const [record, retry] = useDocumentRecord(documentId);
  if (record.state === 'loading') return <PageLoading label={t('history.diff.loading')} />;
  if (record.state === 'error') return <PageError error={record.error} onRetry={retry} />;
  return (
    <HistoryDocumentTypeProvider value={record.data.type}>
      <PrintSheet document={record.data} />
    </HistoryDocumentTypeProvider>
  );
}

function PrintSheet({ document }: { document: DocumentDto }) {
  const { t, i18n } = useTranslation();
  useHistoryTitle(document.title);
  const [params] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? 'current';
  const userId = params.get('userId') ?? undefined;
  const sideParam = params.get('side') ?? '';
  const side = (SIDES as readonly string[]).includes(sideParam) ? (sideParam as Side) : undefined;
  const load = useCallback(
    async (signal: AbortSignal) => {
      if (!from) throw new ApiError(400, null, 'from');
      const [history, diff] = await Promise.all([
        getHistory(document.id, signal),
        getDiff(document.id, { from, to, userId, side }, signal),
      ]);
      return { history, diff };
    },
    [document.id, from, to, userId, side],
  );
  const [loaded, retry] = useLoad(load);
  if (loaded.state === 'loading') return <PageLoading label={t('history.diff.loading')} />;
  if (loaded.state === 'error') return <PageError error={loaded.error} onRetry={retry} />;
  const { history, diff } = loaded.data;
  const name = (ref: string) => refTitle(t, i18n.language, history.versions, ref, formatDateTime);
  const filterPerson = diff.people.find((p) => p.id === userId);
  return (
    <article className="history-print" data-testid="print-view">
      <div className="history-print__bar">
        <Link
          to={`${historyPath(document.id)}?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`}
          className="button button--small"
        >
          {t('history.print.back')}
        </Link>
        <button
          type="button"
          className="button button--primary button--small"
          onClick={() => window.print()}
        >
          {t('history.print.print')}
        </button>
      </div>
      <header className="history-print__head">
        <h1 className="history-print__title">
          {t('history.print.title', { title: document.title })}
        </h1>
        <p className="history-print__range">
          {t('history.diff.range', { from: name(from), to: name(to) })}
        </p>
        {(filterPerson || side) && (
          <p className="history-print__filter">
            {[filterPerson?.name, side ? t(`sides.${side}`) : null].filter(Boolean).join(' · ')}
          </p>
        )}
        <Legend />
        {diff.people.length > 0 && (
          <p className="history-print__people">
            {t('history.diff.people')}:{' '}
            {diff.people
              .map((p) => (p.side ? `${p.name} (${t(`sides.${p.side}`)})` : p.name))
              .join(', ')}
          </p>
        )}
      </header>
      <div className="version-content">
        <ChangeList diff={diff} />
        <Redline diff={diff} />
      </div>
      <footer className="history-print__foot">
        {t('history.print.generated', {
          time: formatDateTime(new Date().toISOString(), i18n.language),
        })}
      </footer>
    </article>
  );
}
