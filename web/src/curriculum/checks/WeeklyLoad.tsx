import { useTranslation } from 'react-i18next';
import { formatNumber } from '../grid/cellText';
import { loadBar } from './weeklyLoadBar';

interface WeeklyLoadProps {
  load: ReadonlyArray<{ term: number; hours: number }>;
  max: number;
  active: boolean;
}

/** Weekly hours per term as bars against the policy's ceiling (R16). */
export function WeeklyLoad({ load, max, active }: WeeklyLoadProps) {
  const { t } = useTranslation();
  const top = Math.max(max * 1.25, ...load.map((l) => l.hours), 1);
  return (
    <div
      className="weekly-load"
      role="img"
      aria-label={t('curriculum.summary.weeklyLoadLabel', {
        values: load.map((l) => `${l.term}: ${formatNumber(l.hours)}`).join(', '),
        max,
      })}
    >
      <div className="weekly-load__bars">
        {active && (
          <span
            className="weekly-load__limit"
            style={{ bottom: `${(max / top) * 100}%` }}
            aria-hidden="true"
          />
        )}
        {load.map((l) => {
          const { value, over } = loadBar(l.hours, max, active);
          const hours = formatNumber(l.hours);
          return (
            <div
              key={l.term}
              className="weekly-load__slot"
              data-term={l.term}
              data-over={over || undefined}
              title={
                over
                  ? t('curriculum.summary.weeklyLoadOver', { term: l.term, hours, max })
                  : t('curriculum.summary.weeklyLoadTerm', { term: l.term, hours })
              }
            >
              <span className="weekly-load__value">{value}</span>
              <span
                className={`weekly-load__bar${over ? ' is-over' : ''}`}
                style={{ height: `${(l.hours / top) * 100}%` }}
              />
            </div>
          );
        })}
      </div>
      <div className="weekly-load__terms" aria-hidden="true">
        {load.map((l) => (
          <span key={l.term}>{t('curriculum.summary.term', { term: l.term })}</span>
        ))}
      </div>
    </div>
  );
}
