import type { DualPairDto, SignoffDto, UserDto, VersionDto } from '@tandem/protocol';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getVersion } from '../api';
import { formatDateTime } from '../workspace';
import { useLoad } from '../workspace/useLoad';
import { describeHistoryError } from './describeHistoryError';
import { versionTitle } from './historyModel';
import { RestoreDialog } from './RestoreDialog';
import { SignoffPanel } from './SignoffPanel';
import { CURRENT } from './Timeline';
import { VersionContent } from './VersionContent';

interface VersionPanelProps {
  documentId: string;
  /** A version id or `time:<ISO>`. */
  versionRef: string;
  versions: readonly VersionDto[];
  signoffs: readonly SignoffDto[];
  pair: DualPairDto | null | undefined;
  user: UserDto;
  canEdit: boolean;
  /** The document's state hash now: restoring a version that equals it would change nothing. */
  currentHash: string | null;
  onCompare: (from: string, to: string) => void;
  onClose: () => void;
  onRestored: (restoreVersionId: string) => void;
  onSigned: () => void;
}

/** One version (or point in time), read-only, with what can be done with it. */
export function VersionPanel(props: VersionPanelProps) {
  const { t, i18n } = useTranslation();
  const { documentId, versionRef, versions } = props;
  const load = useCallback(
    (signal: AbortSignal) => getVersion(documentId, versionRef, signal),
    [documentId, versionRef],
  );
  const [content] = useLoad(load);
  const [restoring, setRestoring] = useState(false);
  // The timeline's copy is fresher (adoption changes after a sign-off); the content's is the fallback.
  const loadedVersion = content.state === 'ready' ? content.data.version : null;
  const version = versions.find((v) => v.id === (loadedVersion?.id ?? versionRef)) ?? loadedVersion;
  const index = version ? versions.findIndex((v) => v.id === version.id) : -1;
  const previous = index > 0 ? versions[index - 1] : undefined;
  const pointInTime = versionRef.startsWith('time:') ? versionRef.slice('time:'.length) : null;
  const title = version
    ? versionTitle(t, version)
    : pointInTime
      ? t('history.view.atTime', { time: formatDateTime(pointInTime, i18n.language) })
      : content.state === 'ready'
        ? t('history.view.atSeq', { seq: content.data.seq })
        : '';
  const fromRef = version?.id ?? (content.state === 'ready' ? `seq:${content.data.seq}` : null);

  return (
    <article className="history-sheet" aria-labelledby="version-title" data-testid="version-panel">
      <header className="history-sheet__head">
        <div className="history-sheet__heading">
          <span className="history-chip history-chip--muted">{t('history.view.readOnly')}</span>
          <h2 id="version-title" className="history-sheet__title">
            {title}
          </h2>
          {version && (
            <p className="history-sheet__meta">
              {t(`history.kinds.${version.kind}`)} ·{' '}
              {formatDateTime(version.createdAt, i18n.language)}
              {version.createdBy &&
                ` · ${t('history.timeline.by', { name: version.createdBy.name })}`}
            </p>
          )}
        </div>
        <div className="history-sheet__actions">
          {fromRef && (
            <button
              type="button"
              className="button button--small"
              onClick={() => props.onCompare(fromRef, CURRENT)}
            >
              {t('history.view.compareWithCurrent')}
            </button>
          )}
          {version && previous && (
            <button
              type="button"
              className="button button--small"
              onClick={() => props.onCompare(previous.id, version.id)}
            >
              {t('history.view.compareWithPrevious')}
            </button>
          )}
          {version && props.canEdit && version.stateHash !== props.currentHash && (
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => setRestoring(true)}
            >
              {t('history.restore.button')}
            </button>
          )}
          {version && version.stateHash === props.currentHash && (
            <span className="history-chip history-chip--muted" data-testid="version-is-current">
              {t('history.view.isCurrent')}
            </span>
          )}
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={props.onClose}
          >
            {t('history.view.close')}
          </button>
        </div>
      </header>
      {version?.kind === 'restore' && version.reason && (
        <p className="history-sheet__reason">
          {t('history.timeline.restoredFrom', { reason: version.reason })}
        </p>
      )}
      {version && (
        <SignoffPanel
          documentId={documentId}
          version={version}
          signoffs={props.signoffs}
          pair={props.pair}
          user={props.user}
          onSigned={props.onSigned}
        />
      )}
      {content.state === 'loading' && (
        <div className="history-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('history.view.loading')}
        </div>
      )}
      {content.state === 'error' && (
        <p className="history-message history-message--error" role="alert">
          {t('history.view.loadError')} {describeHistoryError(t, content.error)}
        </p>
      )}
      {content.state === 'ready' && <VersionContent content={content.data} />}
      {restoring && version && (
        <RestoreDialog
          documentId={documentId}
          versionId={version.id}
          versionTitle={title}
          onCancel={() => setRestoring(false)}
          onDone={(id) => {
            setRestoring(false);
            props.onRestored(id);
          }}
        />
      )}
    </article>
  );
}
