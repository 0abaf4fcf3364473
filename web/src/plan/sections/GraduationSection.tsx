import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../curriculum';
import { InfoField } from '../../standard';
import type { ProgramView } from '../model/programView';
import type { PlanWriter } from '../model/usePlanWriter';
import { PlanSection } from './PlanSection';

interface GraduationSectionProps {
  minCredits: number | null;
  view: ProgramView | null;
  editable: boolean;
  writer: PlanWriter;
  narrative: ReactNode;
}

/**
 * Section 13: the credits a graduate must earn, against the credits the plan offers as the map
 * counts them now (a minimum above what the plan offers cannot be met), then the other
 * requirements in the plan's words.
 */
export function GraduationSection({
  minCredits,
  view,
  editable,
  writer,
  narrative,
}: GraduationSectionProps) {
  const { t } = useTranslation();
  const total = view?.schedule.totals.credits ?? null;
  const over = minCredits !== null && total !== null && minCredits > total;
  return (
    <PlanSection id="graduation">
      <div className="info-grid">
        <InfoField
          field="minCredits"
          section="graduation"
          label={t('plan.fields.minCredits')}
          value={minCredits === null ? null : String(minCredits)}
          type="number"
          placeholder={t('plan.minCreditsHint')}
          editable={editable}
          writer={writer}
        />
        {total !== null && (
          <p
            className={`plan-credits${over ? ' is-off' : ''}`}
            data-testid="graduation-credits"
            role={over ? 'alert' : undefined}
          >
            {over
              ? t('plan.creditsOver', {
                  min: formatNumber(minCredits ?? 0),
                  total: formatNumber(total),
                })
              : t('plan.creditsOf', {
                  min: formatNumber(minCredits ?? total),
                  total: formatNumber(total),
                })}
          </p>
        )}
      </div>
      {narrative}
    </PlanSection>
  );
}
