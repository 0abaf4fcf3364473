import type { CourseCategory, DomainMessage, MapEntityInput } from '@tandem/domain';
import type { MapWriter } from '../map/useMapWriter';
import type { ImportPlan, PlannedRow } from './buildImportPlan';
import { IMPORT_FIELDS } from './importFields';

/** Where new courses go and what they start with; the file supplies the rest. */
export interface ImportTarget {
  groupId: string;
  category: CourseCategory;
  programIds: readonly string[];
}

export type ApplyResult =
  | { ok: true; added: number; updated: number }
  | { ok: false; line: number; message: DomainMessage };

/** A new course: the file's values over the defaults a course added by hand starts with. */
export function newCourseInput(row: PlannedRow, target: ImportTarget): MapEntityInput<'courses'> {
  const v = row.values;
  return {
    code: String(v.code),
    name: String(v.name),
    groupId: target.groupId,
    nature: (v.nature as MapEntityInput<'courses'>['nature']) ?? 'compulsory',
    category: target.category,
    hoursTheory: (v.hoursTheory as number | undefined) ?? 0,
    hoursPractice: (v.hoursPractice as number | undefined) ?? 0,
    credits: (v.credits as number | undefined) ?? 0,
    terms: (v.terms as number[] | undefined) ?? [1],
    assessment: (v.assessment as MapEntityInput<'courses'>['assessment']) ?? 'assessed',
    deliveredBy: 'school',
    programIds: [...target.programIds],
  };
}

function writeRow(writer: MapWriter, row: PlannedRow, target: ImportTarget): DomainMessage | null {
  if (row.action === 'add') {
    const added = writer.addCourse(newCourseInput(row, target));
    return added.ok ? null : added.message;
  }
  if (row.action !== 'update' || row.existingId === null) return null;
  for (const field of IMPORT_FIELDS) {
    if (field === 'code' || row.values[field] === undefined) continue;
    const set = writer.courseField(row.existingId, field, row.values[field]);
    if (!set.ok) return set.message;
  }
  return null;
}

/**
 * Writes the plan in one Yjs transaction with the editor's origin, so peers receive it as one
 * update and one Undo takes it all back. Rows were validated in the preview, but the map may have
 * changed since (a peer deleted the group): a refused write takes back what this import wrote.
 */
export function applyImportPlan(
  writer: MapWriter,
  plan: ImportPlan,
  target: ImportTarget,
): ApplyResult {
  let result: ApplyResult = { ok: true, added: 0, updated: 0 };
  let wrote = false;
  writer.transact(() => {
    for (const row of plan.rows) {
      const refused = writeRow(writer, row, target);
      if (refused) {
        result = { ok: false, line: row.line, message: refused };
        return;
      }
      if (row.action === 'add' || row.action === 'update') wrote = true;
      if (result.ok && row.action === 'add') result.added += 1;
      if (result.ok && row.action === 'update') result.updated += 1;
    }
  });
  if (!result.ok && wrote) writer.undo();
  return result;
}
