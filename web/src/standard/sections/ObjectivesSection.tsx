import {
  COMPETENCY_DIMENSIONS,
  type CompetencyDimension,
  type CurriculumMapSnapshot,
  type Objective,
} from '@tandem/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridColumn, GridWriter } from '../../curriculum';
import { useLanguage } from '../../i18n';
import type { StandardWriter } from '../model/useStandardWriter';
import { competencyLinks } from './competencyLinks';
import { dimensionSections } from './DimensionHead';
import { StandardSection } from './StandardSection';
import { StandardTable } from './StandardTable';

interface ObjectivesSectionProps {
  objectives: readonly Objective[];
  map: CurriculumMapSnapshot | null;
  courseId: string | null;
  editable: boolean;
  writer: StandardWriter;
}

const PREFIX: Record<CompetencyDimension, string> = { knowledge: 'K', skill: 'S', quality: 'Q' };

/** Section 4: coded objectives per dimension, each linked to competencies of the map. */
export function ObjectivesSection({
  objectives,
  map,
  courseId,
  editable,
  writer,
}: ObjectivesSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const links = useMemo(() => competencyLinks(map, courseId, language), [map, courseId, language]);
  const columns = useMemo<GridColumn<Objective>[]>(() => {
    const f = t('curriculum.fields', { returnObjects: true });
    return [
      { id: 'code', kind: 'text', label: f.code, width: 72, value: (o) => o.code },
      { id: 'text', kind: 'text', label: f.text, width: 440, value: (o) => o.text },
      {
        id: 'competencies',
        kind: 'tags',
        label: f.competencies,
        title: t('curriculum.standard.competencyHint'),
        width: 280,
        options: links.options(objectives),
        value: (o) => Object.keys(o.competencies),
        display: (o) => links.display(o),
      },
    ];
  }, [t, links, objectives]);
  const special = useMemo<{ field: string; writer: GridWriter }>(
    () => ({ field: 'competencies', writer: links.writer(objectives, writer) }),
    [links, objectives, writer],
  );
  const sections = dimensionSections(COMPETENCY_DIMENSIONS, objectives, {
    name: (dimension) => t(`curriculum.enums.dimension.${dimension}`),
    meta: (rows) =>
      rows.length === 0
        ? t('curriculum.standard.dimensionMissing')
        : t('curriculum.standard.objectiveCount', { count: rows.length }),
    addLabel: editable ? t('curriculum.standard.addObjective') : null,
    onAdd: (dimension, rows) =>
      writer.add('objectives', {
        dimension,
        code: `${PREFIX[dimension]}${rows.length + 1}`,
        text: t('curriculum.structure.newName'),
      }),
  });
  return (
    <StandardSection id="objectives" number={4}>
      <StandardTable
        label={t('curriculum.standard.sections.objectives')}
        sectionId="objectives"
        collection="objectives"
        sections={sections}
        columns={columns}
        editable={editable}
        writer={writer}
        special={special}
        emptyText={t('curriculum.standard.noObjectives')}
      />
    </StandardSection>
  );
}
