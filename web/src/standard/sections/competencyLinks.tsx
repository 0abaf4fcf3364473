import { type CurriculumMapSnapshot, DEFAULT_SCALE, type Objective } from '@tandem/domain';
import { localName, scaleFor } from '../../curriculum';
import type { StandardWriter } from '../model/useStandardWriter';
import { levelLinks } from './levelLinks';

/**
 * Objective → competency links: options from the linked map's competencies, chips with levels,
 * and a writer that turns one ticked or unticked competency into one `competencies.<id>` write.
 * A new link takes the course's level for that competency in the map, else the scale's top level.
 */
export function competencyLinks(
  map: CurriculumMapSnapshot | null,
  courseId: string | null,
  language: string,
) {
  const scale = map
    ? scaleFor(map, map.courses.find((c) => c.id === courseId)?.programIds[0] ?? null)
    : DEFAULT_SCALE;
  const top = scale.levels.at(-1)?.code ?? 'M';
  const courseLevel = new Map(
    (map?.alignments ?? [])
      .filter((a) => a.courseId === courseId)
      .map((a) => [a.targetId, a.level]),
  );
  const links = levelLinks({
    targets: (map?.competencies ?? []).map((c) => ({
      id: c.id,
      code: c.code,
      label: `${c.code} ${localName(c, language)}`,
    })),
    levels: null,
    defaultLevel: (id) => courseLevel.get(id) ?? top,
    checked: map !== null,
  });
  return {
    options: (objectives: readonly Objective[]) =>
      links.options(objectives.map((o) => o.competencies)),
    display: (objective: Objective) => links.display(objective.competencies),
    writer: (objectives: readonly Objective[], writer: StandardWriter) =>
      links.writer(
        (id) => objectives.find((o) => o.id === id)?.competencies ?? {},
        (id, competencyId, level) =>
          writer.field('objectives', id, `competencies.${competencyId}`, level),
      ),
  };
}
