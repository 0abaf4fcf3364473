import { SPEC_DIMENSIONS, type SpecDimension, type Specification } from '@tandem/domain';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridColumn, GridSection, GridWriter } from '../../curriculum';
import { useLanguage } from '../../i18n';
import { DimensionHead, StandardTable } from '../../standard';
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
  const sections: GridSection<Specification>[] = SPEC_DIMENSIONS.map((dimension) => {
    const rows = specs.filter((s) => s.dimension === dimension);
    const add = () =>
      writer.add('specs', {
        dimension,
        code: `${PREFIX[dimension]}${rows.length + 1}`,
        text: t('curriculum.structure.newName'),
      });
    return {
      id: dimension,
      rows,
      header: (
        <DimensionHead
          dimension={dimension}
          name={t(`curriculum.enums.specDimension.${dimension}`)}
          meta={t('plan.specCount', { count: rows.length })}
          empty={rows.length === 0}
          addLabel={editable ? t('plan.addSpec') : null}
          onAdd={add}
        />
      ),
    };
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
