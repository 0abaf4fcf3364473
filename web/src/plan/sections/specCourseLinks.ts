import type { Specification } from '@tandem/domain';
import { localName } from '../../curriculum';
import { levelLinks } from '../../standard';
import type { ProgramView } from '../model/programView';
import type { PlanWriter } from '../model/usePlanWriter';

/**
 * Specification → course links with a level of the program's mapping scale, picked in the same
 * tag picker as a standard's objective → competency links: one option per course and level
 * ("ZY401 · M"), the program's courses in schedule order, a new link at the scale's top level.
 */
export function specCourseLinks(view: ProgramView | null, language: string) {
  const courses = view?.schedule.blocks.flatMap((b) => b.rows.map((r) => r.course)) ?? [];
  const levels = view?.scale.levels ?? [];
  const top = levels.at(-1)?.code ?? 'M';
  const links = levelLinks({
    targets: courses.map((c) => ({
      id: c.id,
      code: c.code,
      label: `${c.code} ${localName(c, language)}`,
    })),
    levels: levels.map((l) => ({ code: l.code, label: localName(l, language) })),
    defaultLevel: () => top,
    checked: view !== null,
  });
  return {
    value: (spec: Specification) => links.value(spec.courses),
    options: (specs: readonly Specification[]) => links.options(specs.map((s) => s.courses)),
    display: (spec: Specification) => links.display(spec.courses),
    writer: (specs: readonly Specification[], writer: PlanWriter) =>
      links.writer(
        (id) => specs.find((s) => s.id === id)?.courses ?? {},
        (id, courseId, level) => writer.field('specs', id, `courses.${courseId}`, level),
      ),
  };
}
