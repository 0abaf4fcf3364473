import { SPEC_DIMENSIONS, type SpecDimension, type Specification } from '@tandem/domain';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridColumn, GridWriter } from '../../curriculum';
import { useLanguage } from '../../i18n';
import { dimensionSections, StandardTable } from '../../standard';
import type { ProgramView } from '../model/programView';
import type { PlanWriter } from '../model/usePlanWriter';
import { PlanSection } from './PlanSection';
import { specCourseLinks } from './specCourseLinks';

interface SpecsSectionProps {
  specs: readonly Specification[];
  view: ProgramView | null;
  editable: boolean;
  writer: PlanWriter;
  narrative: ReactNode;
}

const PREFIX: Record<SpecDimension, string> = { quality: 'Q', knowledge: 'K', ability: 'A' };

/**
 * Section 5: the training objectives (rich text), then the coded specifications by dimension,
 * each linked to the program's courses with a level; R8 judges those links.
 */
export function SpecsSection({ specs, view, editable, writer, narrative }: SpecsSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const links = useMemo(() => specCourseLinks(view, language), [view, language]);
  const columns = useMemo<GridColumn<Specification>[]>(
    () => [
      { id: 'code', kind: 'text', label: t('plan.fields.code'), width: 64, value: (s) => s.code },
      {
        id: 'text',
        kind: 'text',
        label: t('plan.fields.specText'),
        width: 420,
        value: (s) => s.text,
      },
      {
        id: 'courses',
        kind: 'tags',
        label: t('plan.fields.courses'),
        title: t('plan.coursesHint'),
        width: 320,
        options: links.options(specs),
        value: links.value,
        display: links.display,
      },
    ],
    [t, links, specs],
  );
  const special = useMemo<{ field: string; writer: GridWriter }>(
    () => ({ field: 'courses', writer: links.writer(specs, writer) }),
    [links, specs, writer],
  );
  const sections = dimensionSections(SPEC_DIMENSIONS, specs, {
    name: (dimension) => t(`curriculum.enums.specDimension.${dimension}`),
    meta: (rows) => t('plan.specCount', { count: rows.length }),
    addLabel: editable ? t('plan.addSpec') : null,
    onAdd: (dimension, rows) =>
      writer.add('specs', {
        dimension,
        code: `${PREFIX[dimension]}${rows.length + 1}`,
        text: t('curriculum.structure.newName'),
      }),
  });
  return (
    <PlanSection id="objectives">
      {narrative}
      <h3 className="std-subhead__title plan-subhead">{t('plan.specsTitle')}</h3>
      <StandardTable
        label={t('plan.specsTitle')}
        sectionId="objectives"
        collection="specs"
        sections={sections}
        columns={columns}
        editable={editable}
        writer={writer}
        special={special}
        emptyText={t('plan.noSpecs')}
        testId="specs-grid"
      />
    </PlanSection>
  );
}
