import { PLAN_SECTIONS, type PlanSectionId } from '@tandem/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StandardSection } from '../../standard';

interface PlanSectionProps {
  id: PlanSectionId;
  children: ReactNode;
  status?: ReactNode;
  actions?: ReactNode;
}

/** One numbered section of the plan, numbered and titled as the MOE 2019 template has it. */
export function PlanSection({ id, children, status, actions }: PlanSectionProps) {
  const { t } = useTranslation();
  const number = PLAN_SECTIONS.find((s) => s.id === id)?.number ?? 0;
  return (
    <StandardSection
      id={id}
      number={number}
      title={t(`plan.sections.${id}`)}
      status={status}
      actions={actions}
    >
      {children}
    </StandardSection>
  );
}
