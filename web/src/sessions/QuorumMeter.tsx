import type { QuorumView } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';

/** R15 live: votes so far against the ⅔ needed, and whether each side has voted. */
export function QuorumMeter({
  quorum,
  compact = false,
}: {
  quorum: QuorumView;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const share = quorum.required > 0 ? Math.min(1, quorum.voted / quorum.required) : 0;
  const bothSides = quorum.bySide.school > 0 && quorum.bySide.enterprise > 0;
  return (
    <div
      className={`quorum quorum--${quorum.quorum ? 'met' : 'not-met'}${compact ? ' quorum--compact' : ''}`}
      data-testid="quorum"
      data-quorum={quorum.quorum ? 'met' : 'not-met'}
    >
      <div className="quorum__head">
        <span className="quorum__label">{t('sessions.quorum.label')}</span>
        <span className="quorum__verdict">
          {quorum.quorum ? `✓ ${t('sessions.quorum.met')}` : t('sessions.quorum.notMet')}
        </span>
      </div>
      <div
        className="quorum__bar"
        role="progressbar"
        aria-label={t('sessions.quorum.label')}
        aria-valuemin={0}
        aria-valuemax={quorum.required}
        aria-valuenow={quorum.voted}
      >
        <span className="quorum__fill" style={{ width: `${share * 100}%` }} />
      </div>
      <div className="quorum__detail">
        <span>
          {t('sessions.quorum.progress', { voted: quorum.voted, required: quorum.required })}
        </span>
        <span className="quorum__sides" data-testid="quorum-sides">
          <span className={`quorum__side${quorum.bySide.school > 0 ? ' is-in' : ''}`}>
            {t('sides.school')} {quorum.bySide.school}
          </span>
          <span className={`quorum__side${quorum.bySide.enterprise > 0 ? ' is-in' : ''}`}>
            {t('sides.enterprise')} {quorum.bySide.enterprise}
          </span>
        </span>
      </div>
      {!compact && !bothSides && <p className="quorum__hint">{t('sessions.quorum.needBoth')}</p>}
    </div>
  );
}
