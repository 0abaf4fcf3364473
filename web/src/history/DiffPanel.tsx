import { SIDES, type Side } from '@tandem/domain';
import { compareDocxPath, type VersionDto } from '@tandem/protocol';
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type DiffFilter, getDiff } from '../api';
import { useLanguage } from '../i18n';
import { formatDateTime } from '../workspace';
import { useLoad } from '../workspace/useLoad';
import { ChangeList } from './ChangeList';
import { describeHistoryError } from './describeHistoryError';
import { hasChanges, refTitle } from './historyModel';
import { Redline } from './Redline';

interface DiffPanelProps {
  documentId: string;
  from: string;
  to: string;
  filter: DiffFilter;
  versions: readonly VersionDto[];
  printHref: string;
  onFilter: (filter: DiffFilter) => void;
  onClose: () => void;
}

/** Two versions compared: filters by person and side, the redline, the change list, print. */
export function DiffPanel({
  documentId,
  from,
  to,
  filter,
  versions,
  printHref,
  onFilter,
  onClose,
}: DiffPanelProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { userId, side } = filter;
  const load = useCallback(
    (signal: AbortSignal) => getDiff(documentId, { from, to, userId, side }, signal),
    [documentId, from, to, userId, side],
  );
  const [diff] = useLoad(load);
  const lang = useLanguage();
  // The file says what is on screen: the same range and filter, in the reader's language and
  // time zone; the session cookie authorises the plain GET.
  const docxHref = compareDocxPath(documentId, {
    from,
    to,
    userId,
    side,
    lang,
    tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  const name = (ref: string) => refTitle(t, i18n.language, versions, ref, formatDateTime);
  const people = diff.state === 'ready' ? diff.data.people : [];
  const empty =
    diff.state === 'ready' &&
    diff.data.changes.length === 0 &&
    !diff.data.sections.some((s) => hasChanges(s.runs));

  return (
    <article className="history-sheet" aria-labelledby="diff-title" data-testid="diff-panel">
      <header className="history-sheet__head">
        <div className="history-sheet__heading">
          <span className="history-chip history-chip--muted">{t('history.diff.title')}</span>
          <h2 id="diff-title" className="history-sheet__title">
            {t('history.diff.range', { from: name(from), to: name(to) })}
          </h2>
        </div>
        <div className="history-sheet__actions">
          <a
            className="button button--small"
            href={docxHref}
            download
            title={t('history.diff.downloadWordHint')}
            data-testid="diff-download-docx"
          >
            {t('history.diff.downloadWord')}
          </a>
          <Link className="button button--small" to={printHref} target="_blank" rel="noopener">
            {t('history.diff.printView')}
          </Link>
          <button type="button" className="button button--small" onClick={() => window.print()}>
            {t('history.diff.print')}
          </button>
          <button type="button" className="button button--small button--quiet" onClick={onClose}>
            {t('history.view.close')}
          </button>
        </div>
      </header>
      <div className="diff-toolbar">
        <div className="diff-toolbar__filters">
          <label className="diff-toolbar__field" htmlFor={`${id}-person`}>
            <span>{t('history.diff.person')}</span>
            <select
              id={`${id}-person`}
              className="input input--compact"
              value={userId ?? ''}
              onChange={(e) => onFilter({ side, userId: e.target.value || undefined })}
            >
              <option value="">{t('history.diff.everyone')}</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.side ? `${p.name} · ${t(`sides.${p.side}`)}` : p.name}
                </option>
              ))}
            </select>
          </label>
          <label className="diff-toolbar__field" htmlFor={`${id}-side`}>
            <span>{t('history.diff.side')}</span>
            <select
              id={`${id}-side`}
              className="input input--compact"
              value={side ?? ''}
              onChange={(e) =>
                onFilter({
                  userId,
                  side: (SIDES as readonly string[]).includes(e.target.value)
                    ? (e.target.value as Side)
                    : undefined,
                })
              }
            >
              <option value="">{t('history.diff.bothSides')}</option>
              {SIDES.map((s) => (
                <option key={s} value={s}>
                  {t(`sides.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <Legend />
      </div>
      {diff.state === 'loading' && (
        <div className="history-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('history.diff.loading')}
        </div>
      )}
      {diff.state === 'error' && (
        <p className="history-message history-message--error" role="alert">
          {t('history.diff.loadError')} {describeHistoryError(t, diff.error)}
        </p>
      )}
      {empty && (
        <p className="history-empty" data-testid="diff-empty">
          {userId || side ? t('history.diff.noneFiltered') : t('history.diff.none')}
        </p>
      )}
      {diff.state === 'ready' && (
        <div className="version-content">
          <ChangeList diff={diff.data} />
          <Redline diff={diff.data} />
        </div>
      )}
    </article>
  );
}

export function Legend() {
  const { t } = useTranslation();
  return (
    <p className="diff-legend">
      <span className="visually-hidden">{t('history.diff.legend')}</span>
      <ins className="redline redline--ins">{t('history.diff.inserted')}</ins>
      <del className="redline redline--del">{t('history.diff.deleted')}</del>
    </p>
  );
}
