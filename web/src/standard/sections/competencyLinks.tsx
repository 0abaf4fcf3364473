import {
  type CurriculumMapSnapshot,
  DEFAULT_SCALE,
  type DomainResult,
  type Objective,
} from '@tandem/domain';
import type { ReactNode } from 'react';
import { type CellOption, type GridWriter, localName, scaleFor } from '../../curriculum';
import type { StandardWriter } from '../model/useStandardWriter';

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
  const code = new Map((map?.competencies ?? []).map((c) => [c.id, c.code]));
  const courseLevel = new Map(
    (map?.alignments ?? [])
      .filter((a) => a.courseId === courseId)
      .map((a) => [a.targetId, a.level]),
  );
  return {
    options(objectives: readonly Objective[]): CellOption[] {
      const fromMap = (map?.competencies ?? []).map((c) => ({
        value: c.id,
        label: `${c.code} ${localName(c, language)}`,
        short: c.code,
      }));
      const known = new Set(fromMap.map((o) => o.value));
      const dangling = objectives
        .flatMap((o) => Object.keys(o.competencies))
        .filter((id, i, all) => !known.has(id) && all.indexOf(id) === i)
        .map((id) => ({ value: id, label: `${id} ⚠`, short: `${id} ⚠` }));
      return [...fromMap, ...dangling];
    },
    display(objective: Objective): ReactNode {
      const entries = Object.entries(objective.competencies);
      if (entries.length === 0) return '';
      return (
        <span className="link-chips">
          {entries.map(([id, level]) => (
            <span
              key={id}
              className={`link-chip${code.has(id) || !map ? '' : ' link-chip--dangling'}`}
            >
              {code.get(id) ?? id}
              <span className="link-chip__level">{level}</span>
            </span>
          ))}
        </span>
      );
    },
    writer(objectives: readonly Objective[], writer: StandardWriter): GridWriter {
      const apply = (id: string, raw: unknown): DomainResult<unknown> => {
        const objective = objectives.find((o) => o.id === id);
        const next = new Set(Array.isArray(raw) ? raw.map(String) : []);
        const current = new Set(Object.keys(objective?.competencies ?? {}));
        const added = [...next].find((c) => !current.has(c));
        const removed = [...current].find((c) => !next.has(c));
        if (added)
          return writer.field(
            'objectives',
            id,
            `competencies.${added}`,
            courseLevel.get(added) ?? top,
          );
        if (removed) return writer.field('objectives', id, `competencies.${removed}`, null);
        return { ok: true, value: null };
      };
      return { validate: () => ({ ok: true, value: null }), commit: apply };
    },
  };
}
