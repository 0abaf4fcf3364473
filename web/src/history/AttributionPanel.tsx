import type { Side } from '@tandem/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { getAttribution } from '../api';
import { useLoad } from '../workspace/useLoad';
import { describeHistoryError } from './describeHistoryError';
import { useHistorySections } from './HistorySections';
import { byDocumentOrder, rootLabel } from './historyModel';

const SIDES: readonly Side[] = ['school', 'enterprise'];

/** Per section, each side's share of the current text ("enterprise-authored 41%", H8). */
export function AttributionPanel({
  documentId,
  refreshKey,
}: {
  documentId: string;
  refreshKey: number;
}) {
  const { t } = useTranslation();
  const names = useHistorySections();
  const load = useCallback(
    (signal: AbortSignal) => {
      void refreshKey;
      return getAttribution(documentId, signal);
    },
    [documentId, refreshKey],
  );
  const [attribution] = useLoad(load);
  const sections =
    attribution.state === 'ready'
      ? attribution.data.sections
          .filter((s) => s.chars.school + s.chars.enterprise + s.chars.unknown > 0)
          .sort(byDocumentOrder(names))
      : [];
  return (
    <section className="history-card" aria-labelledby="attribution-title" data-testid="attribution">
      <div className="history-card__head">
        <h2 id="attribution-title" className="history-card__title">
          {t('history.attribution.title')}
        </h2>
      </div>
      <p className="history-card__intro">{t('history.attribution.intro')}</p>
      {attribution.state === 'error' && (
        <p className="history-message history-message--error" role="alert">
          {t('history.attribution.loadError')} {describeHistoryError(t, attribution.error)}
        </p>
      )}
      {attribution.state === 'ready' && sections.length === 0 && (
        <p className="history-empty">{t('history.attribution.empty')}</p>
      )}
      <ul className="attribution__sections">
        {sections.map((s) => {
          const total = s.chars.school + s.chars.enterprise + s.chars.unknown;
          return (
            <li key={s.root} className="attribution__section" data-root={s.root}>
              <div className="attribution__label">
                <span className="attribution__root">{rootLabel(t, s.root, names)}</span>
                <span className="attribution__chars">
                  {t('history.attribution.chars', { count: total })}
                </span>
              </div>
              <div className="share-bar" aria-hidden="true">
                {SIDES.map((side) => (
                  <span
                    key={side}
                    className={`share-bar__part share-bar__part--${side}`}
                    style={{ width: `${s.share[side]}%` }}
                  />
                ))}
                <span
                  className="share-bar__part share-bar__part--unknown"
                  style={{ width: `${s.share.unknown}%` }}
                />
              </div>
              <p className="attribution__shares">
                {SIDES.map((side) => (
                  <span
                    key={side}
                    className={`attribution__share attribution__share--${side}`}
                    data-side={side}
                  >
                    {t('history.attribution.share', {
                      side: t(`sides.${side}`),
                      percent: s.share[side],
                    })}
                  </span>
                ))}
                {s.share.unknown > 0 && (
                  <span className="attribution__share attribution__share--unknown">
                    {t('history.attribution.unknown')} {s.share.unknown}%
                  </span>
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
