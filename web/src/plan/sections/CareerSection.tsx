import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../curriculum';
import { useLanguage } from '../../i18n';
import type { ProgramView } from '../model/programView';
import { FromMap } from './FromMap';
import { PlanSection } from './PlanSection';

interface CareerSectionProps {
  view: ProgramView | null;
  narrative: ReactNode;
}

/**
 * Section 4: the positions the program prepares for and its certificates, as the map lists them
 * for this program (or for every program), then the plan's own words on the industry and jobs.
 */
export function CareerSection({ view, narrative }: CareerSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <PlanSection id="career">
      <FromMap view={view}>
        {(v) => (
          <div className="plan-columns">
            <div data-testid="plan-positions">
              <h3 className="std-subhead__title">
                {t('plan.positions', { count: v.positions.length })}
              </h3>
              <ul className="plan-list">
                {v.positions.map((p) => (
                  <li key={p.id}>
                    <span className="plan-list__name">{localName(p, language)}</span>
                    {p.description && <span className="plan-list__detail">{p.description}</span>}
                  </li>
                ))}
              </ul>
            </div>
            <div data-testid="plan-certificates">
              <h3 className="std-subhead__title">
                {t('plan.certificates', { count: v.certificates.length })}
              </h3>
              <ul className="plan-list">
                {v.certificates.map((c) => (
                  <li key={c.id}>
                    <span className="plan-list__name">{localName(c, language)}</span>
                    <span className="plan-list__detail">
                      {t(`curriculum.enums.certificateKind.${c.kind}`)}
                      {c.level && ` · ${t(`curriculum.enums.certificateLevel.${c.level}`)}`}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        )}
      </FromMap>
      {narrative}
    </PlanSection>
  );
}
