import type { HistoryDto, SignoffDto, VersionDto } from '@tandem/protocol';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../workspace';
import { useHistorySections } from './HistorySections';
import { latestDecisions, localSummary, versionTitle } from './historyModel';
import { PersonName } from './PersonName';

export const CURRENT = 'current';

interface TimelineProps {
  history: HistoryDto;
  signoffs: readonly SignoffDto[];
  /** The version open on the left, if any. */
  openRef: string | null;
  from: string | null;
  to: string | null;
  onOpen: (ref: string) => void;
  onPick: (end: 'from' | 'to', ref: string) => void;
  onCompare: () => void;
  /** Shown under the heading: the adoption state. */
  status?: ReactNode;
}

/**
 * Every version, newest first, under "Current version". Two columns of radio buttons pick the
 * ends of a comparison (as in a wiki's history); clicking an entry opens it read-only.
 */
export function Timeline(props: TimelineProps) {
  const { t } = useTranslation();
  const { history, from, to } = props;
  const newestFirst = [...history.versions].reverse();
  return (
    <section className="timeline" aria-label={t('history.timeline.label')}>
      <div className="timeline__head">
        <h2 className="timeline__title">{t('history.title')}</h2>
        <span className="timeline__count">
          {t('history.timeline.count', { count: history.versions.length })}
        </span>
      </div>
      {props.status}
      <ol className="timeline__list">
        <CurrentEntry {...props} />
        {newestFirst.map((version) => (
          <TimelineEntry key={version.id} version={version} {...props} />
        ))}
      </ol>
      {history.versions.length === 0 && (
        <p className="timeline__empty">{t('history.timeline.empty')}</p>
      )}
      <div className="timeline__compare">
        <p className="timeline__hint">{t('history.timeline.compareHint')}</p>
        <button
          type="button"
          className="button button--primary button--block"
          disabled={!from || !to || from === to}
          onClick={props.onCompare}
        >
          {t('history.timeline.compare')}
        </button>
      </div>
    </section>
  );
}

function PickRadios({
  refId,
  title,
  from,
  to,
  onPick,
  fromDisabled,
}: {
  refId: string;
  title: string;
  from: string | null;
  to: string | null;
  onPick: TimelineProps['onPick'];
  fromDisabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="timeline-entry__pick">
      <input
        type="radio"
        name="compare-from"
        className="timeline-entry__radio timeline-entry__radio--from"
        aria-label={t('history.timeline.from', { version: title })}
        title={t('history.timeline.fromShort')}
        checked={from === refId}
        disabled={fromDisabled}
        onChange={() => onPick('from', refId)}
      />
      <input
        type="radio"
        name="compare-to"
        className="timeline-entry__radio timeline-entry__radio--to"
        aria-label={t('history.timeline.to', { version: title })}
        title={t('history.timeline.toShort')}
        checked={to === refId}
        onChange={() => onPick('to', refId)}
      />
    </div>
  );
}

function CurrentEntry({ history, from, to, onPick }: TimelineProps) {
  const { t } = useTranslation();
  const title = t('history.timeline.current');
  return (
    <li className="timeline-entry timeline-entry--current">
      <PickRadios refId={CURRENT} title={title} from={from} to={to} onPick={onPick} fromDisabled />
      <div className="timeline-entry__main timeline-entry__main--static">
        <span className="timeline-entry__title">{title}</span>
        <span className="timeline-entry__summary">{t('history.timeline.currentHint')}</span>
        {history.adoption?.changedSince && (
          <span className="history-chip history-chip--warn">
            {t('history.adoption.changedSince')}
          </span>
        )}
      </div>
    </li>
  );
}

function TimelineEntry({
  version,
  signoffs,
  openRef,
  from,
  to,
  onOpen,
  onPick,
}: TimelineProps & { version: VersionDto }) {
  const { t, i18n } = useTranslation();
  const sections = useHistorySections();
  const title = versionTitle(t, version);
  const decisions = latestDecisions(signoffs, version.id);
  const selected = openRef === version.id;
  return (
    <li
      className={`timeline-entry timeline-entry--${version.kind}${selected ? ' is-selected' : ''}`}
      data-version-id={version.id}
      data-kind={version.kind}
    >
      <PickRadios refId={version.id} title={title} from={from} to={to} onPick={onPick} />
      <button
        type="button"
        className="timeline-entry__main"
        aria-current={selected ? 'true' : undefined}
        aria-label={t('history.timeline.open', { version: title })}
        onClick={() => onOpen(version.id)}
      >
        <span className="timeline-entry__top">
          <span className="timeline-entry__title">{title}</span>
          {version.adopted && (
            <span
              className="history-chip history-chip--ok"
              title={t('history.adoption.adoptedHint')}
            >
              {t('history.adoption.adopted')}
            </span>
          )}
        </span>
        <span className="timeline-entry__meta">
          <time dateTime={version.createdAt}>
            {formatDateTime(version.createdAt, i18n.language)}
          </time>
          {version.kind !== 'auto' && (
            <span className={`kind-chip kind-chip--${version.kind}`}>
              {t(`history.kindShort.${version.kind}`)}
            </span>
          )}
        </span>
        <span className="timeline-entry__authors">
          {authorsOf(version).map((person) => (
            <PersonName key={person.id} person={person} />
          ))}
        </span>
        {version.summary && (
          <span className="timeline-entry__summary" title={version.summary}>
            {localSummary(t, version.summary, sections)}
          </span>
        )}
        {(decisions.school || decisions.enterprise) && (
          <span className="timeline-entry__signoffs">
            {(['school', 'enterprise'] as const).map((side) => {
              const d = decisions[side];
              return d ? (
                <span key={side} className={`decision-dot decision-dot--${d.decision}`}>
                  {t('history.signoff.latest', {
                    side: t(`sides.${side}`),
                    decision: t(`history.signoff.decisions.${d.decision}`),
                  })}
                </span>
              ) : null;
            })}
          </span>
        )}
      </button>
    </li>
  );
}

/** Who changed the document in this version; for a restore or an empty one, who made it. */
function authorsOf(version: VersionDto) {
  if (version.authors.length > 0) return version.authors;
  return version.createdBy ? [version.createdBy] : [];
}
